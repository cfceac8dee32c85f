import { ITEM_SORT_KEYS, itemTableSearch, nextSort } from '$lib/server/analytics/item-table';
import type { PageServerLoad } from './$types';
import { loadItemStatistics } from './statistics';
import { MIN_RELIABILITY_ATTEMPTS } from '$lib/server/analytics/modules';

/** Rows a page of the item table shows: enough to scan, few enough to read on a phone. */
const ITEMS_PER_PAGE = 50;

export const load: PageServerLoad = async (event) => {
	const { cohort, items, query, ...statistics } = await loadItemStatistics(event);
	const pages = Math.max(1, Math.ceil(items.length / ITEMS_PER_PAGE));
	const requested = Number(event.url.searchParams.get('page'));
	const pageNumber = Number.isInteger(requested) && requested >= 1 ? Math.min(requested, pages) : 1;
	const first = (pageNumber - 1) * ITEMS_PER_PAGE;
	const path = event.url.pathname;
	return {
		...statistics,
		query,
		cohortId: cohort?.id ?? null,
		minReliabilityAttempts: MIN_RELIABILITY_ATTEMPTS,
		items: items.slice(first, first + ITEMS_PER_PAGE),
		itemCount: items.length,
		// Exports hold every row the filters select, so their address has no page.
		exportQuery: itemTableSearch(query),
		sortLinks: Object.fromEntries(
			ITEM_SORT_KEYS.map((key) => [
				key,
				itemTableSearch({ ...query, sort: nextSort(query.sort, key) })
			])
		),
		pageLinks: Array.from({ length: pages }, (_, i) => itemTableSearch(query, i + 1) || path),
		paging: {
			page: pageNumber,
			pages,
			first: items.length ? first + 1 : 0,
			last: Math.min(items.length, first + ITEMS_PER_PAGE)
		}
	};
};
