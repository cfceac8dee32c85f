import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import {
	calendarDate,
	isTimeZone,
	oneOf,
	optionalText,
	optionalWholeNumber,
	outcomeFor,
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

describe('outcomes for one of several forms', () => {
	it('names the form an outcome is for, keeping what it says', () => {
		expect(
			outcomeFor('invite', { errors: { email: 'Use an email.' }, values: { email: 'x' } })
		).toEqual({
			for: 'invite',
			errors: { email: 'Use an email.' },
			values: { email: 'x' }
		});
		expect(outcomeFor('joining', { saved: 'Joining settings saved.' })).toEqual({
			for: 'joining',
			saved: 'Joining settings saved.'
		});
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

describe('text fields', () => {
	const fields = v.object({
		name: text({ required: 'Enter your name.', max: 1000 }),
		note: optionalText({ max: 1000, multiline: true }),
		title: optionalText({ max: 10 })
	});

	const parse = (entries: [string, string][]) => parseForm(fields, form(entries));

	it('refuse a required field left out of the post, as if it were empty', () => {
		const parsed = parse([['note', 'x']]);
		expect(parsed.ok || parsed.errors).toEqual({ name: 'Enter your name.' });
	});

	it('read an optional field left out of the post as empty', () => {
		expect(parse([['name', 'Ada']])).toEqual({
			ok: true,
			data: { name: 'Ada', note: '', title: '' }
		});
	});

	it('trim and normalise optional text too', () => {
		const parsed = parse([
			['name', 'Ada'],
			['note', '  Zoe\u0301  '],
			['title', ' Ward 7 ']
		]);
		expect(parsed.ok && parsed.data).toEqual({ name: 'Ada', note: 'Zo\u00e9', title: 'Ward 7' });
	});

	it('give the length limit with a thousands separator', () => {
		const parsed = parse([['name', 'x'.repeat(1001)]]);
		expect(parsed.ok || parsed.errors.name).toBe('Use at most 1,000 characters.');
		const optional = parse([
			['name', 'Ada'],
			['title', 'x'.repeat(11)]
		]);
		expect(optional.ok || optional.errors.title).toBe('Use at most 10 characters.');
		expect(parse([['name', 'x'.repeat(1000)]]).ok).toBe(true);
	});

	it.each([
		['NUL', '\u0000'],
		['escape', '\u001b'],
		['unit separator', '\u001f'],
		['delete', '\u007f'],
		['next line (C1)', '\u0085'],
		['application program command (C1)', '\u009f'],
		['left-to-right embedding', '\u202a'],
		['right-to-left override', '\u202e'],
		['left-to-right isolate', '\u2066'],
		['pop directional isolate', '\u2069'],
		['line break', '\n'],
		['tab', '\t']
	])('refuse %s in a one-line field', (_, character) => {
		const parsed = parse([['name', `A${character}da`]]);
		expect(parsed.ok || parsed.errors.name).toBe(
			'Remove the control or text-direction characters.'
		);
		const optional = parse([
			['name', 'Ada'],
			['title', `A${character}da`]
		]);
		expect(optional.ok || optional.errors.title).toBe(
			'Remove the control or text-direction characters.'
		);
	});

	it.each([
		['NUL', '\u0000'],
		['backspace', '\u0008'],
		['vertical tab', '\u000b'],
		['form feed', '\u000c'],
		['shift out', '\u000e'],
		['unit separator', '\u001f'],
		['delete', '\u007f'],
		['application program command (C1)', '\u009f'],
		['left-to-right embedding', '\u202a'],
		['right-to-left override', '\u202e'],
		['left-to-right isolate', '\u2066'],
		['pop directional isolate', '\u2069']
	])('refuse %s in a paragraph', (_, character) => {
		const parsed = parse([
			['name', 'Ada'],
			['note', `one${character}two`]
		]);
		expect(parsed.ok || parsed.errors.note).toBe(
			'Remove the control or text-direction characters.'
		);
	});

	it('allow line breaks and tabs in a paragraph, and the characters just outside the refused ranges', () => {
		const around = ' ~\u00a0\u2029\u202f\u2065\u206a';
		const note = `one\ttwo\r\nthree\n${around} end`;
		const parsed = parse([
			['name', `Ada${around}`],
			['note', note]
		]);
		expect(parsed.ok && parsed.data).toMatchObject({ name: `Ada${around}`, note });
	});
});

describe('whole numbers', () => {
	const numbers = v.object({
		count: wholeNumber(0, 100, 'Choose 0 to 100.'),
		big: wholeNumber(0, Number.MAX_SAFE_INTEGER, 'Use digits only.'),
		limit: optionalWholeNumber(1, 5, 'Allow 1 to 5, or leave empty.'),
		days: optionalWholeNumber(1, 999_999_999, 'Use 1 to 999,999,999 days.')
	});
	const valid = { count: '10', big: '1', limit: '3', days: '' };

	function parse(fields: Record<string, string>) {
		return parseForm(numbers, new URLSearchParams({ ...valid, ...fields }));
	}

	it.each([
		['count', '0', 0],
		['count', '100', 100],
		['count', ' 42 ', 42],
		['big', '999999999', 999_999_999],
		['limit', '1', 1],
		['limit', '5', 5],
		['limit', ' 2 ', 2],
		['limit', '', null],
		['limit', '  ', null],
		['days', '10', 10],
		['days', '999999999', 999_999_999]
	])('read %s = %j as %j', (name, value, expected) => {
		const parsed = parse({ [name]: value });
		expect(parsed.ok && parsed.data[name as keyof typeof valid]).toBe(expected);
	});

	it.each([
		['count', ''],
		['count', '+5'],
		['count', '0x10'],
		['count', '1e1'],
		['count', '5 5'],
		['big', '1234567890'],
		['limit', '0'],
		['limit', '6'],
		['limit', '+2'],
		['limit', '2e0'],
		['limit', '2.0'],
		['days', '1234567890']
	])('refuse %s = %j', (name, value) => {
		const parsed = parse({ [name]: value });
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) expect(Object.keys(parsed.errors)).toEqual([name]);
	});

	it('read an optional number left out of the post as none', () => {
		const parsed = parseForm(numbers, new URLSearchParams({ count: '1', big: '1' }));
		expect(parsed.ok && parsed.data).toMatchObject({ limit: null, days: null });
	});
});

describe('calendar dates', () => {
	const dates = v.object({ due: calendarDate('Enter a real date.') });
	const accepted = (due: string) => parseForm(dates, new URLSearchParams({ due })).ok;

	it.each(['1900-01-01', '2024-02-29', '2026-12-31', '9999-12-31', ' 2026-01-31 '])(
		'take %j',
		(due) => expect(accepted(due)).toBe(true)
	);

	it.each([
		'1899-12-31',
		'2025-02-29',
		'2026-04-31',
		'2026-01-32',
		'2026-01-00',
		'2026-00-10',
		'2026-13-01',
		'12026-01-01',
		'2026-01-011',
		'2026-01-01x',
		'x2026-01-01',
		'2026/01/01',
		''
	])('refuse %j', (due) => expect(accepted(due)).toBe(false));

	it('read the date as typed, trimmed', () => {
		expect(parseForm(dates, new URLSearchParams({ due: ' 2026-01-31 ' }))).toEqual({
			ok: true,
			data: { due: '2026-01-31' }
		});
	});
});

describe('fields the schema reads', () => {
	const upload = v.object({
		name: v.optional(v.string(), ''),
		tags: v.optional(v.array(v.string()), [])
	});

	it('read an optional checkbox group with all its values', () => {
		const parsed = parseForm(
			upload,
			form([
				['tags', 'a'],
				['tags', 'b']
			])
		);
		expect(parsed.ok && parsed.data.tags).toEqual(['a', 'b']);
	});

	it('ignore files sent in a text field or among checkboxes', () => {
		const data = new FormData();
		data.append('name', new Blob(['x']), 'name.txt');
		data.append('tags', new Blob(['x']), 'tag.txt');
		data.append('tags', 'a');
		expect(parseForm(upload, data)).toEqual({ ok: true, data: { name: '', tags: ['a'] } });
		expect(submittedValues(upload, data)).toStrictEqual({ tags: ['a'] });
	});

	it('leave fields that were not sent out of the values given back', () => {
		const values = submittedValues(schema, form([['name', 'Ada']]));
		expect(values).toStrictEqual({ name: 'Ada', tags: [] });
		const parsed = parseForm(schema, form([['name', 'Ada']]));
		expect(parsed.ok || Object.keys(parsed.values)).toEqual(['name', 'tags']);
	});

	it('give every field back when nothing is secret', () => {
		const parsed = parseForm(schema, withField('count', 'x'));
		expect(parsed.ok || parsed.values.password).toBe('hunter22');
		expect(submittedValues(schema, form(valid)).password).toBe('hunter22');
	});

	it('keep the first message of a field with several problems', () => {
		const parsed = parseForm(schema, withField('name', 'Ada\u202eLovelace'));
		expect(parsed.ok || parsed.errors.name).toBe('Use at most 10 characters.');
	});

	it('put a problem with the form as a whole under "form"', () => {
		const whole = v.pipe(
			v.object({ a: v.optional(v.string(), ''), b: v.optional(v.string(), '') }),
			v.check((f) => f.a !== '' || f.b !== '', 'Fill in a or b.')
		);
		expect(parseForm(whole, new FormData())).toEqual({
			ok: false,
			errors: { form: 'Fill in a or b.' },
			values: {}
		});
	});
});

describe('a posted body that fails to arrive', () => {
	it('keeps its own error rather than reading as an empty form', async () => {
		class TooLarge extends Error {}
		const request = new Request('http://localhost/join', {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: new ReadableStream({
				pull(controller) {
					controller.error(new TooLarge('body over the limit'));
				}
			}),
			duplex: 'half'
		} as RequestInit);
		await expect(readFormData(request)).rejects.toBeInstanceOf(TooLarge);
	});
});

describe('time zones', () => {
	it('are the IANA names the runtime knows, and nothing else', () => {
		expect(isTimeZone('Europe/London')).toBe(true);
		expect(isTimeZone('Pacific/Chatham')).toBe(true);
		expect(isTimeZone('')).toBe(false);
		expect(isTimeZone('Europe/Atlantis')).toBe(false);
	});
});
