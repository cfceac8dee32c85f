import { ITEM_SORT_KEYS } from '$lib/server/analytics/sort';
import type { PageServerLoad } from './$types';
import { loadItemStatistics } from './statistics';
import { MIN_RELIABILITY_ATTEMPTS } from '$lib/server/analytics/modules';

/** Rows a page of the item table shows: enough to scan, few enough to read on a phone. */
const ITEMS_PER_PAGE = 50;

export const load: PageServerLoad = async (event) => {
	const { cohort, items, ...statistics } = await loadItemStatistics(event);
	const pages = Math.max(1, Math.ceil(items.length / ITEMS_PER_PAGE));
	const requested = Number(event.url.searchParams.get('page'));
	const pageNumber = Number.isInteger(requested) && requested >= 1 ? Math.min(requested, pages) : 1;
	const first = (pageNumber - 1) * ITEMS_PER_PAGE;
	/** The same filters on another page; exports hold every row the filters select. */
	const withPage = (n: number | null, sort?: string) => {
		const params = new URLSearchParams(event.url.search);
		params.delete('page');
		if (n !== null && n > 1) params.set('page', String(n));
		if (sort) params.set('sort', sort);
		const query = params.toString();
		return query ? `?${query}` : '';
	};
	/** Each column's header sorts by it, up first, then down when it is already sorted up. */
	const sortQueries = Object.fromEntries(
		ITEM_SORT_KEYS.map((key) => {
			const up = statistics.sort?.key === key && !statistics.sort.descending;
			return [key, withPage(1, up ? `-${key}` : key)];
		})
	);
	return {
		...statistics,
		cohortId: cohort?.id ?? null,
		minReliabilityAttempts: MIN_RELIABILITY_ATTEMPTS,
		items: items.slice(first, first + ITEMS_PER_PAGE),
		itemCount: items.length,
		exportQuery: withPage(null),
		sortQueries,
		pageQueries: Array.from({ length: pages }, (_, i) => withPage(i + 1) || event.url.pathname),
		paging: {
			page: pageNumber,
			pages,
			first: items.length ? first + 1 : 0,
			last: Math.min(items.length, first + ITEMS_PER_PAGE)
		}
	};
};
