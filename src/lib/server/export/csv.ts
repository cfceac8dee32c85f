import { downloadResponse } from './download';

/**
 * CSV as RFC 4180 describes it: CRLF line ends, fields quoted when they hold a comma, quote or
 * line break, quotes doubled. A cell that a spreadsheet would run as a formula (starting with
 * = + - @, or a tab or carriage return) gets a leading apostrophe so it is shown as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export type Cell = string | number | boolean | Date | null | undefined;

export function csvCell(value: Cell): string {
	let text: string;
	if (value === null || value === undefined) text = '';
	else if (value instanceof Date) text = value.toISOString();
	else if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	else text = String(value);
	if (FORMULA_START.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: Cell[][]): string {
	return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function csvResponse(filename: string, body: string): Response {
	return downloadResponse(filename, body, 'text/csv; charset=utf-8');
}
