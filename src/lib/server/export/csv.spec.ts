import { describe, expect, it } from 'vitest';
import { csvCell, csvResponse, toCsv } from './csv';

describe('CSV export', () => {
	it('quotes fields with commas, quotes and line breaks, doubling quotes (RFC 4180)', () => {
		expect(csvCell('plain')).toBe('plain');
		expect(csvCell('a, b')).toBe('"a, b"');
		expect(csvCell('say "hi"')).toBe('"say ""hi"""');
		expect(csvCell('two\nlines')).toBe('"two\nlines"');
	});

	it('ends every record with CRLF', () => {
		expect(toCsv(['a', 'b'], [[1, 'x']])).toBe('a,b\r\n1,x\r\n');
	});

	it('neutralises cells a spreadsheet would run as formulas', () => {
		expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
		expect(csvCell('+1')).toBe("'+1");
		expect(csvCell('-2+3')).toBe("'-2+3");
		expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(csvCell('\tTAB')).toBe("'\tTAB");
	});

	it('leaves numbers as numbers, negative ones included', () => {
		expect(csvCell(-5)).toBe('-5');
		expect(csvCell(87.5)).toBe('87.5');
		expect(csvCell(null)).toBe('');
		expect(csvCell(new Date('2026-01-02T03:04:05Z'))).toBe('2026-01-02T03:04:05.000Z');
	});

	it('leaves a formula character alone when it is not the first', () => {
		expect(csvCell('a=b')).toBe('a=b');
		expect(csvCell('T-cells')).toBe('T-cells');
		expect(csvCell('x@y.org')).toBe('x@y.org');
	});

	it('quotes a cell holding a carriage return, and neutralises one at the start', () => {
		expect(csvCell('a\rb')).toBe('"a\rb"');
		expect(csvCell('\rX')).toBe('"\'\rX"');
	});

	it('writes empty cells for missing values and for numbers that are not finite', () => {
		expect(csvCell(undefined)).toBe('');
		expect(csvCell(Number.NaN)).toBe('');
		expect(csvCell(Number.POSITIVE_INFINITY)).toBe('');
		expect(csvCell(0)).toBe('0');
		expect(csvCell(true)).toBe('true');
		expect(csvCell('')).toBe('');
	});

	it('writes the header then one record per row, cells separated by commas', () => {
		expect(
			toCsv(
				['name', 'score'],
				[
					['Ann', 90],
					['Bo, Jr', null]
				]
			)
		).toBe('name,score\r\nAnn,90\r\n"Bo, Jr",\r\n');
		expect(toCsv(['only'], [])).toBe('only\r\n');
	});

	it('sends a private download under a file name stripped of unsafe characters', async () => {
		const response = csvResponse('Ward 7 / "nurses": Résumé.CSV', 'a\r\n');
		expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect(response.headers.get('content-disposition')).toBe(
			'attachment; filename="Ward_7____nurses___R_sum_.CSV"'
		);
		expect(response.headers.get('cache-control')).toBe('private, no-store');
		expect(await response.text()).toBe('a\r\n');
		expect(csvResponse('results-2026_06.csv', '').headers.get('content-disposition')).toBe(
			'attachment; filename="results-2026_06.csv"'
		);
	});
});
