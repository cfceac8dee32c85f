import { describe, expect, it } from 'vitest';
import type { ItemAnalysisRow } from './item-rows';
import {
	itemTableSearch,
	nextSort,
	parseItemTableQuery,
	selectItemRows,
	sortItemRows,
	type ItemTableQuery
} from './item-table';
import type { ItemFlags } from './statistics';

const noFlags: ItemFlags = {
	tooHard: false,
	tooEasy: false,
	weakDiscrimination: false,
	smallSample: false,
	nonFunctioningDistractors: []
};

function row(
	itemId: string,
	facility: number | null,
	more: { n?: number; bankId?: string; flags?: Partial<ItemFlags>; measured?: 'hard' } = {}
): ItemAnalysisRow {
	return {
		itemId,
		facility,
		n: more.n ?? 10,
		bankId: more.bankId ?? 'one',
		pointBiserial: facility,
		upperLower: null,
		flags: { ...noFlags, ...more.flags },
		difficulty: { stated: 'easy', measured: more.measured ?? null }
	} as ItemAnalysisRow;
}

const rows = [
	row('a', 0.5),
	row('b', null, { n: 0, flags: { smallSample: true } }),
	row('c', 0.2),
	row('d', 0.5),
	row('e', 0.9)
];
const ids = (list: ItemAnalysisRow[]) => list.map((r) => r.itemId).join('');
const params = (search: string) => new URLSearchParams(search);

describe('reading the item table from the address', () => {
	it('reads the bank, flag, column and direction', () => {
		expect(
			parseItemTableQuery(params('bank=two&flag=too-hard&sort=facility&dir=desc'), ['one', 'two'])
		).toEqual({
			bankId: 'two',
			flag: 'too-hard',
			sort: { key: 'facility', descending: true }
		});
		expect(parseItemTableQuery(params('sort=r'), ['one']).sort).toEqual({
			key: 'r',
			descending: false
		});
	});

	it('shows everything in bank order for values it does not know, refusing none', () => {
		const none = { bankId: null, flag: null, sort: null };
		expect(parseItemTableQuery(params(''), ['one'])).toEqual(none);
		expect(parseItemTableQuery(params('bank=gone&flag=odd&sort=stem&dir=desc'), ['one'])).toEqual(
			none
		);
		expect(parseItemTableQuery(params('sort=-facility'), ['one']).sort).toBeNull();
		expect(parseItemTableQuery(params('sort=d&dir=sideways'), ['one']).sort).toEqual({
			key: 'd',
			descending: false
		});
	});
});

describe('links of the item table', () => {
	const query: ItemTableQuery = {
		cohortId: 'c1',
		attempts: 'all',
		bankId: 'one',
		flag: 'any',
		sort: { key: 'facility', descending: false }
	};

	it('keep the learners, answers, bank, flag and sort together, and leave defaults out', () => {
		expect(itemTableSearch(query)).toBe(
			'?cohort=c1&attempts=all&bank=one&flag=any&sort=facility&dir=asc'
		);
		expect(itemTableSearch({ ...query, sort: nextSort(query.sort, 'facility') }, 3)).toBe(
			'?cohort=c1&attempts=all&bank=one&flag=any&sort=facility&dir=desc&page=3'
		);
		expect(
			itemTableSearch({ cohortId: null, attempts: 'first', bankId: null, flag: null, sort: null })
		).toBe('');
	});

	it('sort a column up first, and down when it is already sorted up', () => {
		expect(nextSort(null, 'r')).toEqual({ key: 'r', descending: false });
		expect(nextSort({ key: 'r', descending: false }, 'r')).toEqual({ key: 'r', descending: true });
		expect(nextSort({ key: 'r', descending: true }, 'r')).toEqual({ key: 'r', descending: false });
		expect(nextSort({ key: 'd', descending: false }, 'r')).toEqual({
			key: 'r',
			descending: false
		});
	});
});

describe('sorting the item table', () => {
	it('sorts up and down, keeps ties in bank order, and puts missing figures last', () => {
		expect(ids(sortItemRows(rows, { key: 'facility', descending: false }))).toBe('cadeb');
		expect(ids(sortItemRows(rows, { key: 'facility', descending: true }))).toBe('eadcb');
		expect(ids(sortItemRows(rows, { key: 'answers', descending: true }))).toBe('acdeb');
		expect(ids(sortItemRows(rows, { key: 'd', descending: false }))).toBe('abcde');
		expect(ids(sortItemRows(rows, null))).toBe('abcde');
	});

	it('sorts by item name and by how many warnings a row shows', () => {
		const named = [row('trials-2', 0.5), row('ablation-1', 0.5), row('trials-10', 0.5)];
		expect(ids(sortItemRows(named, { key: 'item', descending: false }))).toBe(
			'ablation-1trials-2trials-10'
		);
		expect(ids(sortItemRows(named, { key: 'item', descending: true }))).toBe(
			'trials-10trials-2ablation-1'
		);
		const warned = [
			row('one', 0.5, { flags: { tooEasy: true } }),
			row('none', 0.5, { flags: { smallSample: true } }),
			row('three', 0.5, {
				flags: { weakDiscrimination: true, nonFunctioningDistractors: [1, 2] },
				measured: 'hard'
			})
		];
		expect(ids(sortItemRows(warned, { key: 'flags', descending: true }))).toBe('threeonenone');
		expect(ids(sortItemRows(warned, { key: 'flags', descending: false }))).toBe('noneonethree');
	});
});

describe('filtering the item table', () => {
	const mixed = [
		row('hard', 0.1, { flags: { tooHard: true } }),
		row('easy', 0.95, { bankId: 'two', flags: { tooEasy: true } }),
		row('weak', 0.5, { flags: { weakDiscrimination: true } }),
		row('dead', 0.6, { bankId: 'two', flags: { nonFunctioningDistractors: [2] } }),
		row('miscalibrated', 0.6, { measured: 'hard' }),
		row('new', null, { n: 3, flags: { smallSample: true } }),
		row('fine', 0.6)
	];
	const select = (q: Partial<Parameters<typeof selectItemRows>[1]>) =>
		selectItemRows(mixed, { bankId: null, flag: null, sort: null, ...q }).map((r) => r.itemId);

	it('narrows to one warning at a time', () => {
		expect(select({ flag: 'too-hard' })).toEqual(['hard']);
		expect(select({ flag: 'too-easy' })).toEqual(['easy']);
		expect(select({ flag: 'weak-discrimination' })).toEqual(['weak']);
		expect(select({ flag: 'non-functioning' })).toEqual(['dead']);
		expect(select({ flag: 'difficulty' })).toEqual(['miscalibrated']);
		expect(select({ flag: 'small-sample' })).toEqual(['new']);
	});

	it('counts every warning as a flag, but not a small sample alone', () => {
		expect(select({ flag: 'any' })).toEqual(['hard', 'easy', 'weak', 'dead', 'miscalibrated']);
		expect(select({})).toHaveLength(mixed.length);
	});

	it('combines bank, flag and sort', () => {
		expect(select({ bankId: 'two' })).toEqual(['easy', 'dead']);
		expect(
			select({ bankId: 'two', flag: 'any', sort: { key: 'facility', descending: false } })
		).toEqual(['dead', 'easy']);
		expect(select({ bankId: 'one', flag: 'too-easy' })).toEqual([]);
	});
});
