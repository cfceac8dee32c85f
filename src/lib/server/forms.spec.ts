import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import {
	calendarDate,
	oneOf,
	optionalText,
	optionalWholeNumber,
	parseForm,
	readFormData,
	someOf,
	submittedValues,
	text,
	wholeNumber
} from './forms';

function form(entries: [string, string][]): FormData {
	const data = new FormData();
	for (const [name, value] of entries) data.append(name, value);
	return data;
}

const schema = v.object({
	name: text({ required: 'Enter your name.', max: 10 }),
	count: wholeNumber(1, 100, 'Choose 1 to 100.'),
	limit: optionalWholeNumber(1, 5, 'Allow 1 to 5, or leave empty.'),
	colour: oneOf(['red', 'blue'] as const, 'Choose a colour.'),
	due: calendarDate('Enter a real date.'),
	note: optionalText({ max: 20, multiline: true }),
	tags: v.array(v.picklist(['a', 'b'], 'Unknown tag.')),
	password: v.optional(v.string(), '')
});

const valid: [string, string][] = [
	['name', '  Ada  '],
	['count', '10'],
	['limit', ''],
	['colour', 'red'],
	['due', '2026-02-28'],
	['note', 'line one\nline two'],
	['tags', 'a'],
	['tags', 'b'],
	['password', 'hunter22']
];

function withField(name: string, value: string): FormData {
	return form([...valid.filter(([n]) => n !== name), [name, value]]);
}

describe('parseForm', () => {
	it('reads a valid form into typed values, trimming text and reading every checkbox', () => {
		const parsed = parseForm(schema, form(valid));
		expect(parsed).toEqual({
			ok: true,
			data: {
				name: 'Ada',
				count: 10,
				limit: null,
				colour: 'red',
				due: '2026-02-28',
				note: 'line one\nline two',
				tags: ['a', 'b'],
				password: 'hunter22'
			}
		});
	});

	it.each([
		['count', '0', 'Choose 1 to 100.'],
		['count', '101', 'Choose 1 to 100.'],
		['count', '1e9', 'Choose 1 to 100.'],
		['count', '1.5', 'Choose 1 to 100.'],
		['count', '-3', 'Choose 1 to 100.'],
		['count', '', 'Choose 1 to 100.'],
		['limit', '6', 'Allow 1 to 5, or leave empty.'],
		['limit', 'x', 'Allow 1 to 5, or leave empty.'],
		['colour', 'green', 'Choose a colour.'],
		['due', '2025-02-30', 'Enter a real date.'],
		['due', '0000-01-01', 'Enter a real date.'],
		['due', '2025-13-01', 'Enter a real date.'],
		['due', 'tomorrow', 'Enter a real date.'],
		['name', '   ', 'Enter your name.'],
		['name', 'Ada Lovelace!', 'Use at most 10 characters.'],
		['name', 'Ada\u202e', 'Remove the control or text-direction characters.'],
		['name', 'A\u0000da', 'Remove the control or text-direction characters.'],
		['name', 'A\nda', 'Remove the control or text-direction characters.'],
		['note', 'bell\u0007', 'Remove the control or text-direction characters.']
	])('refuses %s = %j with a message next to the field', (name, value, message) => {
		const parsed = parseForm(schema, withField(name, value));
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) expect(parsed.errors[name]).toBe(message);
	});

	it('refuses an unknown value among checkboxes', () => {
		const parsed = parseForm(schema, form([...valid, ['tags', 'z']]));
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) expect(parsed.errors.tags).toBe('Unknown tag.');
	});

	it('refuses a missing choice rather than choosing for the user', () => {
		const parsed = parseForm(schema, form(valid.filter(([n]) => n !== 'colour')));
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) expect(parsed.errors.colour).toBe('Choose a colour.');
	});

	it('gives back what was typed, without secret fields', () => {
		const parsed = parseForm(schema, withField('count', '1e9'), { secret: ['password'] });
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(parsed.values.count).toBe('1e9');
		expect(parsed.values.name).toBe('  Ada  ');
		expect(parsed.values.tags).toEqual(['a', 'b']);
		expect(parsed.values).not.toHaveProperty('password');
	});

	it('normalises text to NFC', () => {
		const parsed = parseForm(schema, withField('name', 'Zoe\u0301'));
		expect(parsed.ok && parsed.data.name).toBe('Zo\u00e9');
	});

	it('reads link parameters the same way as a form post', () => {
		const parsed = parseForm(schema, new URLSearchParams(valid));
		expect(parsed.ok).toBe(true);
	});
});

describe('checkbox groups', () => {
	const banks = v.object({
		bank: someOf(['a', 'b'], { none: 'Choose a bank.', unknown: 'Choose banks from the list.' })
	});

	it('read each ticked value once, in order', () => {
		const parsed = parseForm(
			banks,
			form([
				['bank', 'b'],
				['bank', 'a'],
				['bank', 'b']
			])
		);
		expect(parsed).toEqual({ ok: true, data: { bank: ['b', 'a'] } });
	});

	it('refuse none ticked, or a value not offered', () => {
		const none = parseForm(banks, form([]));
		expect(none.ok || none.errors.bank).toBe('Choose a bank.');
		const unknown = parseForm(
			banks,
			form([
				['bank', 'a'],
				['bank', 'z']
			])
		);
		expect(unknown.ok || unknown.errors.bank).toBe('Choose banks from the list.');
	});
});

describe('checks across fields', () => {
	const range = v.pipe(
		v.object({
			from: wholeNumber(1, 10, 'Choose 1 to 10.'),
			to: wholeNumber(1, 10, 'Choose 1 to 10.')
		}),
		v.forward(
			v.partialCheck([['from'], ['to']], (r) => r.from <= r.to, 'End at or after the start.'),
			['to']
		)
	);

	it('put their message next to the field they name, beside the other fields’ errors', () => {
		const parsed = parseForm(
			range,
			form([
				['from', '5'],
				['to', '2']
			])
		);
		expect(parsed.ok || parsed.errors).toEqual({ to: 'End at or after the start.' });
	});
});

describe('values to refill a form the domain refused', () => {
	it('are the fields as submitted, without secrets', () => {
		expect(submittedValues(schema, form(valid), { secret: ['password'] })).toEqual({
			name: '  Ada  ',
			count: '10',
			limit: '',
			colour: 'red',
			due: '2026-02-28',
			note: 'line one\nline two',
			tags: ['a', 'b']
		});
	});
});

describe('reading a posted body', () => {
	it.each([
		['an empty multipart body', 'multipart/form-data', ''],
		['plain text', 'text/plain', 'code=ABCD2345']
	])('reads %s as an empty form, for its schema to refuse', async (_, type, body) => {
		const request = new Request('http://localhost/join', {
			method: 'POST',
			headers: { 'content-type': type },
			body
		});
		expect([...(await readFormData(request))]).toEqual([]);
	});

	it('reads a form as posted', async () => {
		const request = new Request('http://localhost/join', {
			method: 'POST',
			body: new URLSearchParams({ code: 'ABCD2345' })
		});
		expect((await readFormData(request)).get('code')).toBe('ABCD2345');
	});
});
