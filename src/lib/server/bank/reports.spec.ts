import { describe, expect, it } from 'vitest';
import { parseForm } from '$lib/server/forms';
import { resolveReportForm } from './reports';

function form(fields: Record<string, string>): FormData {
	const data = new FormData();
	for (const [name, value] of Object.entries(fields)) data.append(name, value);
	return data;
}

describe('resolving a report', () => {
	it('keeps the note as written, lines and all, without surrounding space', () => {
		expect(
			parseForm(resolveReportForm, form({ reportId: '7', resolution: ' Fixed key.\nThanks. ' }))
		).toEqual({ ok: true, data: { reportId: 7, resolution: 'Fixed key.\nThanks.' } });
	});

	it.each([
		['', 'Say what was done about the report.'],
		['  \n ', 'Say what was done about the report.'],
		['x'.repeat(2001), 'Use at most 2,000 characters.'],
		['Fixed\u0000', 'Remove the control or text-direction characters.']
	])('refuses the note %j rather than cutting or storing it', (resolution, message) => {
		const parsed = parseForm(resolveReportForm, form({ reportId: '7', resolution }));
		expect(parsed.ok || parsed.errors.resolution).toBe(message);
	});

	it.each(['', '0', '1e9', 'abc', '-1'])('refuses the report id %j', (reportId) => {
		const parsed = parseForm(resolveReportForm, form({ reportId, resolution: 'Done.' }));
		expect(parsed.ok || parsed.errors.reportId).toBe('Choose a report to resolve.');
	});
});
