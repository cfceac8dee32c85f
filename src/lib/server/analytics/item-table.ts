import type { ItemAnalysisRow } from './item-rows';
import type { AttemptScope } from './items';
import { isFlagged } from './statistics';

/**
 * The warnings an educator can narrow the item table to, as the address spells them. `any` is
 * every warning of the Flags column; a small sample alone is not one, but can be asked for.
 */
const FLAG_TESTS = {
	any: (row) => isFlagged(row.flags) || row.difficulty.measured !== null,
	'too-hard': (row) => row.flags.tooHard,
	'too-easy': (row) => row.flags.tooEasy,
	'weak-discrimination': (row) => row.flags.weakDiscrimination,
	'non-functioning': (row) => row.flags.nonFunctioningDistractors.length > 0,
	difficulty: (row) => row.difficulty.measured !== null,
	'small-sample': (row) => row.flags.smallSample
} satisfies Record<string, (row: ItemAnalysisRow) => boolean>;

export type ItemFlagFilter = keyof typeof FLAG_TESTS;
export const ITEM_FLAG_FILTERS = Object.keys(FLAG_TESTS) as ItemFlagFilter[];

/** How many warnings the Flags column shows for a row. */
function warnings(row: ItemAnalysisRow): number {
	return [
		row.flags.tooHard,
		row.flags.tooEasy,
		row.flags.weakDiscrimination,
		row.flags.nonFunctioningDistractors.length > 0,
		row.difficulty.measured !== null
	].filter(Boolean).length;
}

const VALUE = {
	item: (row) => row.itemId,
	answers: (row) => row.n,
	facility: (row) => row.facility,
	r: (row) => row.pointBiserial,
	d: (row) => row.upperLower,
	flags: warnings
} satisfies Record<string, (row: ItemAnalysisRow) => number | string | null>;

/** Columns of the item table an educator can sort by; the bank order is the default. */
export type ItemSortKey = keyof typeof VALUE;
export const ITEM_SORT_KEYS = Object.keys(VALUE) as ItemSortKey[];
export interface ItemSort {
	key: ItemSortKey;
	descending: boolean;
}

/** What the address asks the item table for; every part defaults to showing everything. */
export interface ItemTableQuery {
	cohortId: string | null;
	attempts: AttemptScope;
	bankId: string | null;
	flag: ItemFlagFilter | null;
	sort: ItemSort | null;
}

function oneOf<T extends string>(list: readonly T[], value: string | null): T | null {
	return list.includes(value as T) ? (value as T) : null;
}

/**
 * Reads `bank`, `flag`, `sort` and `dir` from the address. A value the table does not know (a
 * bank not among `bankIds`, say) is read as the default rather than refused, so an old or
 * hand-edited link still shows the table.
 */
export function parseItemTableQuery(
	params: URLSearchParams,
	bankIds: readonly string[]
): Omit<ItemTableQuery, 'cohortId' | 'attempts'> {
	const key = oneOf(ITEM_SORT_KEYS, params.get('sort'));
	return {
		bankId: oneOf(bankIds, params.get('bank')),
		flag: oneOf(ITEM_FLAG_FILTERS, params.get('flag')),
		sort: key && { key, descending: params.get('dir') === 'desc' }
	};
}

/** The address of the table with a query, page 1 unless told; defaults are left out. */
export function itemTableSearch(query: ItemTableQuery, page = 1): string {
	const params = new URLSearchParams();
	if (query.cohortId) params.set('cohort', query.cohortId);
	if (query.attempts !== 'first') params.set('attempts', query.attempts);
	if (query.bankId) params.set('bank', query.bankId);
	if (query.flag) params.set('flag', query.flag);
	if (query.sort) {
		params.set('sort', query.sort.key);
		params.set('dir', query.sort.descending ? 'desc' : 'asc');
	}
	if (page > 1) params.set('page', String(page));
	const search = params.toString();
	return search ? `?${search}` : '';
}

/** A column header's sort: up first, then down when the table is already sorted up by it. */
export function nextSort(current: ItemSort | null, key: ItemSortKey): ItemSort {
	return { key, descending: current?.key === key && !current.descending };
}

/** Whether a row shows the warning asked for. */
export function hasFlag(row: ItemAnalysisRow, flag: ItemFlagFilter): boolean {
	return FLAG_TESTS[flag](row);
}

/** Names compare as people read them: `trials-2` before `trials-10`. */
function compare(a: number | string, b: number | string): number {
	if (typeof a === 'string' || typeof b === 'string')
		return String(a).localeCompare(String(b), 'en', { numeric: true });
	return a - b;
}

/**
 * Rows in the chosen order. Items without a figure (too few answers) come last either way, and
 * ties keep the bank order, so that a sort is the same on every page and in the export.
 */
export function sortItemRows(rows: ItemAnalysisRow[], sort: ItemSort | null): ItemAnalysisRow[] {
	if (!sort) return rows;
	const value: (row: ItemAnalysisRow) => number | string | null = VALUE[sort.key];
	const sign = sort.descending ? -1 : 1;
	return rows
		.map((row, index) => ({ row, index, v: value(row) }))
		.sort((a, b) => {
			if (a.v === null || b.v === null)
				return (a.v === null ? 1 : 0) - (b.v === null ? 1 : 0) || a.index - b.index;
			return sign * compare(a.v, b.v) || a.index - b.index;
		})
		.map((x) => x.row);
}

/** The rows of the chosen bank showing the chosen warning, in the chosen order. */
export function selectItemRows(
	rows: ItemAnalysisRow[],
	query: Pick<ItemTableQuery, 'bankId' | 'flag' | 'sort'>
): ItemAnalysisRow[] {
	const { bankId, flag, sort } = query;
	return sortItemRows(
		rows.filter((row) => (!bankId || row.bankId === bankId) && (!flag || hasFlag(row, flag))),
		sort
	);
}
