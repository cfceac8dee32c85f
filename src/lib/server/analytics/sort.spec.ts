import { describe, expect, it } from 'vitest';
import type { ItemAnalysisRow } from './items';
import { parseItemSort, sortItemRows } from './sort';

function row(itemId: string, facility: number | null, n = 10): ItemAnalysisRow {
	return { itemId, facility, n, pointBiserial: facility, upperLower: null } as ItemAnalysisRow;
}

const rows = [row('a', 0.5), row('b', null, 0), row('c', 0.2), row('d', 0.5), row('e', 0.9)];
const ids = (list: ItemAnalysisRow[]) => list.map((r) => r.itemId).join('');

describe('sorting the item table', () => {
	it('reads the column and direction from the address, and nothing else', () => {
		expect(parseItemSort('facility')).toEqual({ key: 'facility', descending: false });
		expect(parseItemSort('-r')).toEqual({ key: 'r', descending: true });
		expect(parseItemSort('stem')).toBeNull();
		expect(parseItemSort('--facility')).toBeNull();
		expect(parseItemSort(null)).toBeNull();
	});

	it('sorts up and down, keeps ties in bank order, and puts missing figures last', () => {
		expect(ids(sortItemRows(rows, { key: 'facility', descending: false }))).toBe('cadeb');
		expect(ids(sortItemRows(rows, { key: 'facility', descending: true }))).toBe('eadcb');
		expect(ids(sortItemRows(rows, { key: 'answers', descending: true }))).toBe('acdeb');
		expect(ids(sortItemRows(rows, { key: 'd', descending: false }))).toBe('abcde');
		expect(ids(sortItemRows(rows, null))).toBe('abcde');
	});
});
