import { describe, expect, it } from 'vitest';
import { parseForm } from '$lib/server/forms';
import { readStartLink, startForm } from './settings-form';

const BANKS = ['surgery', 'ablation'];
const schema = startForm(BANKS);

const complete: Record<string, string> = {
	bank: 'surgery',
	selection: 'all',
	difficulty: 'any',
	audience: 'any',
	count: '10',
	mode: 'timed',
	secondsPerItem: '72'
};

function post(changes: Record<string, string | string[] | null> = {}): FormData {
	const form = new FormData();
	for (const [name, value] of Object.entries({ ...complete, ...changes })) {
		if (value === null) continue;
		for (const v of Array.isArray(value) ? value : [value]) form.append(name, v);
	}
	return form;
}

function errorsOf(form: FormData) {
	const parsed = parseForm(schema, form);
	return parsed.ok ? {} : parsed.errors;
}

describe('the practice builder', () => {
	it('reads a complete form into the session to start', () => {
		const parsed = parseForm(schema, post({ bank: ['surgery', 'ablation', 'surgery'] }));
		expect(parsed).toEqual({
			ok: true,
			data: {
				mode: 'timed',
				settings: {
					bankIds: ['surgery', 'ablation'],
					selection: 'all',
					difficulty: 'any',
					audience: 'any',
					requestedCount: 10
				},
				secondsPerItem: 72
			}
		});
	});

	it.each([
		['0', false],
		['1', true],
		['100', true],
		['101', false],
		['1e9', false],
		['1.5', false],
		['-1', false],
		['', false]
	])('takes %j questions: %s', (count, accepted) => {
		expect(errorsOf(post({ count })).count).toBe(
			accepted ? undefined : 'Choose 1 to 100 questions.'
		);
	});

	it.each([
		['4', false],
		['5', true],
		['600', true],
		['601', false],
		['1e9', false],
		['72.5', false]
	])('takes %j seconds a question: %s', (secondsPerItem, accepted) => {
		expect(errorsOf(post({ secondsPerItem })).secondsPerItem).toBe(
			accepted ? undefined : 'Allow 5 to 600 seconds a question.'
		);
	});

	it('needs the seconds for a timed test, not for a tutor session', () => {
		expect(errorsOf(post({ secondsPerItem: '' })).secondsPerItem).toBe(
			'Allow 5 to 600 seconds a question.'
		);
		const tutor = parseForm(schema, post({ mode: 'tutor', secondsPerItem: '' }));
		expect(tutor.ok && tutor.data).toMatchObject({ mode: 'tutor' });
		expect(tutor.ok && 'secondsPerItem' in tutor.data).toBe(false);
	});

	it('still refuses nonsense seconds in a tutor session, rather than ignoring the field', () => {
		expect(errorsOf(post({ mode: 'tutor', secondsPerItem: '1e9' })).secondsPerItem).toBe(
			'Allow 5 to 600 seconds a question.'
		);
	});

	it('refuses no bank, or a bank that does not exist', () => {
		expect(errorsOf(post({ bank: null })).bank).toBe('Choose at least one bank.');
		expect(errorsOf(post({ bank: ['surgery', 'astrology'] })).bank).toBe(
			'Choose banks from the list.'
		);
	});

	it.each([
		['selection', 'everything', 'Choose which questions.'],
		['difficulty', 'impossible', 'Choose a difficulty from the list.'],
		['audience', 'patients', 'Choose who the questions are written for.'],
		['mode', 'exam', 'Choose tutor or timed test.'],
		['mode', '', 'Choose tutor or timed test.']
	])('refuses %s = %j instead of choosing for the learner', (name, value, message) => {
		expect(errorsOf(post({ [name]: value }))[name]).toBe(message);
	});

	it('gives a field that was left out its default, so a button names only what it restricts', () => {
		const parsed = parseForm(
			schema,
			post({
				selection: null,
				difficulty: null,
				audience: null,
				count: null,
				mode: null,
				secondsPerItem: null
			})
		);
		expect(parsed).toEqual({
			ok: true,
			data: {
				mode: 'tutor',
				settings: {
					bankIds: ['surgery'],
					selection: 'all',
					difficulty: 'any',
					audience: 'any',
					requestedCount: 10
				},
				secondsPerItem: 72
			}
		});
	});

	it('keeps the questions a link chose, and refuses a malformed or overlong list', () => {
		const parsed = parseForm(schema, post({ item: ['ablation-a', 'ablation-b', 'ablation-a'] }));
		expect(parsed.ok && parsed.data.settings.itemIds).toEqual(['ablation-a', 'ablation-b']);
		expect(errorsOf(post({ item: ['ablation-a', 'DROP TABLE'] })).item).toBe(
			'This link names a question that does not exist.'
		);
		const many = Array.from({ length: 101 }, (_, i) => `item-${i}`);
		expect(errorsOf(post({ item: many })).item).toBe('A link can name at most 100 questions.');
	});
});

describe('the practice builder read from a link', () => {
	it('offers every bank and the defaults when the link names none', () => {
		expect(readStartLink(new URLSearchParams(), BANKS)).toEqual({
			values: {
				bank: BANKS,
				item: [],
				selection: 'all',
				difficulty: 'any',
				audience: 'any',
				count: '10',
				mode: 'tutor',
				secondsPerItem: '72'
			},
			errors: {}
		});
	});

	it('shows a bad parameter as an error on its field, with the value as given', () => {
		const link = readStartLink(new URLSearchParams('count=1e9&bank=surgery&mode=timed'), BANKS);
		expect(link.errors).toEqual({ count: 'Choose 1 to 100 questions.' });
		expect(link.values).toMatchObject({ count: '1e9', bank: ['surgery'], mode: 'timed' });
	});
});
