import type { PageServerLoad } from './$types';
import { loadItemStatistics } from './statistics';

/** Rows a page of the item table shows: enough to scan, few enough to read on a phone. */
const ITEMS_PER_PAGE = 50;

export const load: PageServerLoad = async (event) => {
	const { cohort, items, ...statistics } = await loadItemStatistics(event);
	const pages = Math.max(1, Math.ceil(items.length / ITEMS_PER_PAGE));
	const requested = Number(event.url.searchParams.get('page'));
	const pageNumber = Number.isInteger(requested) && requested >= 1 ? Math.min(requested, pages) : 1;
	const first = (pageNumber - 1) * ITEMS_PER_PAGE;
	return {
		...statistics,
		cohortId: cohort?.id ?? null,
		items: items.slice(first, first + ITEMS_PER_PAGE),
		itemCount: items.length,
		paging: {
			page: pageNumber,
			pages,
			first: items.length ? first + 1 : 0,
			last: Math.min(items.length, first + ITEMS_PER_PAGE)
		}
	};
};
