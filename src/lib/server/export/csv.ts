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

/**
 * A column of dates. It is written as two: the instant in ISO 8601 UTC, which programs read
 * without doubt, and the same instant as the organisation's clock showed it, which people and
 * spreadsheets read (`2026-07-01 00:30:00`, a form Excel takes as a date and time).
 */
export interface DateColumn {
	date: string;
}

export const dateColumn = (name: string): DateColumn => ({ date: name });

export type Column = string | DateColumn;

/** `2026-07-01 00:30:00`: the wall-clock time in `timeZone`, to the second. */
export function localDateTime(date: Date, timeZone: string): string {
	const parts = Object.fromEntries(
		new Intl.DateTimeFormat('en-GB', {
			timeZone,
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			second: '2-digit',
			hourCycle: 'h23'
		})
			.formatToParts(date)
			.map((p) => [p.type, p.value])
	);
	return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

/**
 * The CSV text of a table. Date columns take two cells each (see `DateColumn`), which needs the
 * organisation's `timeZone`; a table with date columns and no zone is a programming error.
 */
export function toCsv(columns: Column[], rows: Cell[][], timeZone?: string): string {
	const dated = columns.some((c) => typeof c !== 'string');
	if (dated && !timeZone) throw new Error('A CSV with date columns needs the time zone.');
	const header = columns.flatMap((c) =>
		typeof c === 'string' ? [c] : [`${c.date} (UTC)`, `${c.date} (${timeZone})`]
	);
	const body = rows.map((row) =>
		row.flatMap((cell, i): Cell[] => {
			if (typeof columns[i] === 'string') return [cell];
			if (!(cell instanceof Date)) return [null, null];
			return [cell.toISOString(), localDateTime(cell, timeZone!)];
		})
	);
	return [header, ...body].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Excel reads a CSV as UTF-8 only when it opens with this byte-order mark. */
export const UTF8_BOM = '\uFEFF';

export function csvResponse(filename: string, body: string): Response {
	return downloadResponse(filename, UTF8_BOM + body, 'text/csv; charset=utf-8');
}
