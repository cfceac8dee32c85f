import { describe, expect, it } from 'vitest';
import { parseForm } from '$lib/server/forms';
import { answerForm, flagForm, noteForm, REPORT_TOO_SHORT, reportForm } from './item-forms';

const form = (fields: Record<string, string>) => {
	const data = new FormData();
	for (const [name, value] of Object.entries(fields)) data.append(name, value);
	return data;
};

describe('the forms of a question page', () => {
	it('read an answer with its intent, destination and confidence', () => {
		expect(parseForm(answerForm, form({ intent: 'next', goto: '3', confidence: 'sure' }))).toEqual({
			ok: true,
			data: { intent: 'next', goto: 3, confidence: 'sure' }
		});
		expect(parseForm(answerForm, form({}))).toEqual({
			ok: true,
			data: { intent: 'submit', goto: null, confidence: undefined }
		});
	});

	it('refuse an unknown intent or confidence and a destination out of range', () => {
		const refused: Record<string, string>[] = [
			{ intent: 'delete' },
			{ confidence: 'certain' },
			{ goto: '0' },
			{ goto: '101' },
			{ goto: '2.5' }
		];
		for (const fields of refused) expect(parseForm(answerForm, form(fields)).ok).toBe(false);
	});

	it('flag only with an explicit yes or no', () => {
		expect(parseForm(flagForm, form({ flagged: 'true' }))).toEqual({
			ok: true,
			data: { flagged: 'true' }
		});
		expect(parseForm(flagForm, form({ flagged: 'yes' })).ok).toBe(false);
		expect(parseForm(flagForm, form({})).ok).toBe(false);
	});

	it('keep a note of up to 2,000 characters, line breaks included, and refuse a longer one', () => {
		expect(parseForm(noteForm, form({ note: ' line one\nline two ' }))).toEqual({
			ok: true,
			data: { note: 'line one\nline two' }
		});
		expect(parseForm(noteForm, form({ note: 'x'.repeat(2000) })).ok).toBe(true);
		expect(parseForm(noteForm, form({ note: 'x'.repeat(2001) }))).toMatchObject({
			ok: false,
			errors: { note: 'Use at most 2,000 characters.' }
		});
	});

	it('ask a report to say in five characters or more what is wrong', () => {
		for (const message of ['', '    ', 'typo'])
			expect(parseForm(reportForm, form({ message }))).toMatchObject({
				ok: false,
				errors: { message: REPORT_TOO_SHORT }
			});
		expect(parseForm(reportForm, form({ message: 'Typo in B' })).ok).toBe(true);
		expect(parseForm(reportForm, form({ message: 'Bad\u202e text' })).ok).toBe(false);
	});
});
