import { describe, expect, it } from 'vitest';
import { csvCell, csvResponse, dateColumn, localDateTime, toCsv } from './csv';

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

	it('opens every download with a UTF-8 byte-order mark, so Excel reads accents and scripts', async () => {
		const response = csvResponse('names.csv', 'name\r\nZoë Ødegård\r\n');
		const bytes = new Uint8Array(await response.arrayBuffer());
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(
			'\uFEFFname\r\nZoë Ødegård\r\n'
		);
	});

	it('gives a date column as ISO 8601 UTC and as the organisation’s clock showed it', () => {
		const summer = new Date('2026-06-30T23:30:00Z');
		const winter = new Date('2026-01-15T09:05:07Z');
		expect(
			toCsv(
				['Name', dateColumn('Completed at'), 'Score'],
				[
					['Ann', summer, 90],
					['Bo', winter, 80],
					['Cy', null, 70]
				],
				'Europe/London'
			)
		).toBe(
			'Name,Completed at (UTC),Completed at (Europe/London),Score\r\n' +
				'Ann,2026-06-30T23:30:00.000Z,2026-07-01 00:30:00,90\r\n' +
				'Bo,2026-01-15T09:05:07.000Z,2026-01-15 09:05:07,80\r\n' +
				'Cy,,,70\r\n'
		);
	});

	it('writes midnight as 00, not 24, in any zone', () => {
		expect(localDateTime(new Date('2026-03-01T15:00:00Z'), 'Asia/Tokyo')).toBe(
			'2026-03-02 00:00:00'
		);
		expect(localDateTime(new Date('2026-03-01T10:30:00Z'), 'America/St_Johns')).toBe(
			'2026-03-01 07:00:00'
		);
	});

	it('refuses a table with date columns but no time zone', () => {
		expect(() => toCsv([dateColumn('When')], [[new Date()]])).toThrow(/time zone/);
	});
});
