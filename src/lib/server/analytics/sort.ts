import type { ItemAnalysisRow } from './items';

/** Columns of the item table an educator can sort by; the bank order is the default. */
export const ITEM_SORT_KEYS = ['answers', 'facility', 'r', 'd'] as const;
export type ItemSortKey = (typeof ITEM_SORT_KEYS)[number];
export interface ItemSort {
	key: ItemSortKey;
	descending: boolean;
}

const VALUE: Record<ItemSortKey, (row: ItemAnalysisRow) => number | null> = {
	answers: (row) => row.n,
	facility: (row) => row.facility,
	r: (row) => row.pointBiserial,
	d: (row) => row.upperLower
};

/** `facility` sorts up, `-facility` down; anything else keeps the bank order. */
export function parseItemSort(value: string | null): ItemSort | null {
	const descending = value?.startsWith('-') ?? false;
	const key = descending ? value!.slice(1) : value;
	return ITEM_SORT_KEYS.includes(key as ItemSortKey)
		? { key: key as ItemSortKey, descending }
		: null;
}

/**
 * Rows in the chosen order. Items without a figure (too few answers) come last either way, and
 * ties keep the bank order, so that a sort is the same on every page and in the export.
 */
export function sortItemRows(rows: ItemAnalysisRow[], sort: ItemSort | null): ItemAnalysisRow[] {
	if (!sort) return rows;
	const value = VALUE[sort.key];
	const sign = sort.descending ? -1 : 1;
	return rows
		.map((row, index) => ({ row, index, v: value(row) }))
		.sort((a, b) => {
			if (a.v === null || b.v === null)
				return (a.v === null ? 1 : 0) - (b.v === null ? 1 : 0) || a.index - b.index;
			return sign * (a.v - b.v) || a.index - b.index;
		})
		.map((x) => x.row);
}
