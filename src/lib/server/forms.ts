import * as v from 'valibot';

/**
 * Every form is read by one valibot object schema: it parses the submitted fields and gives the
 * message shown next to each field. Nothing out of range is replaced by a default: a bad value is
 * refused with its reason, and the submitted text comes back so the form refills.
 */

export type FieldErrors = Record<string, string>;

/** What the learner typed, to fill the form again; secret fields are left out. */
export type SubmittedValues = Record<string, string | string[]>;

export type ParsedForm<T> =
	{ ok: true; data: T } | { ok: false; errors: FieldErrors; values: SubmittedValues };

type FormSchema = v.ObjectSchema<v.ObjectEntries, v.ErrorMessage<v.ObjectIssue> | undefined>;

/** The schema beneath `optional`, `nullable` and similar wrappers. */
function unwrapped(schema: v.GenericSchema): v.GenericSchema {
	let inner = schema as v.GenericSchema & { wrapped?: v.GenericSchema };
	while (inner.wrapped) inner = inner.wrapped as typeof inner;
	return inner;
}

/**
 * The fields the schema names, as strings; a field the schema declares as an array (checkboxes,
 * multi-selects) is read with all its values. Files and absent fields read as undefined.
 */
function submittedFields(schema: FormSchema, source: FormData | URLSearchParams) {
	const fields: Record<string, string | string[] | undefined> = {};
	for (const [name, entry] of Object.entries(schema.entries)) {
		if (unwrapped(entry).type === 'array') {
			fields[name] = source.getAll(name).filter((x): x is string => typeof x === 'string');
		} else {
			const value = source.get(name);
			fields[name] = typeof value === 'string' ? value : undefined;
		}
	}
	return fields;
}

/** Parses a form post (or link parameters) with its schema. */
export function parseForm<S extends FormSchema>(
	schema: S,
	source: FormData | URLSearchParams,
	options: { secret?: string[] } = {}
): ParsedForm<v.InferOutput<S>> {
	const fields = submittedFields(schema, source);
	const result = v.safeParse(schema, fields);
	if (result.success) return { ok: true, data: result.output };

	const errors: FieldErrors = {};
	for (const issue of result.issues) {
		const key = issue.path?.[0]?.key;
		const name = typeof key === 'string' ? key : 'form';
		errors[name] ??= issue.message;
	}
	const values: SubmittedValues = {};
	for (const [name, value] of Object.entries(fields))
		if (value !== undefined && !options.secret?.includes(name)) values[name] = value;
	return { ok: false, errors, values };
}

/** C0 and C1 controls, and the bidirectional overrides and isolates that can disguise text. */
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const UNSAFE_IN_PARAGRAPHS =
	// eslint-disable-next-line no-control-regex
	/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** Text normalised to NFC and trimmed; refused when it is missing, too long or carries controls. */
export function text(options: {
	required: string;
	max: number;
	/** Line breaks and tabs allowed, as in a note or a report. */
	multiline?: boolean;
}) {
	const unsafe = options.multiline ? UNSAFE_IN_PARAGRAPHS : UNSAFE_CHARACTERS;
	return v.pipe(
		v.optional(v.string(), ''),
		v.transform((s) => s.normalize('NFC').trim()),
		v.nonEmpty(options.required),
		v.maxLength(options.max, `Use at most ${options.max.toLocaleString('en-GB')} characters.`),
		v.check((s) => !unsafe.test(s), 'Remove the control or text-direction characters.')
	);
}

/** Like `text`, but an empty field is allowed and reads as ''. */
export function optionalText(options: { max: number; multiline?: boolean }) {
	const unsafe = options.multiline ? UNSAFE_IN_PARAGRAPHS : UNSAFE_CHARACTERS;
	return v.pipe(
		v.optional(v.string(), ''),
		v.transform((s) => s.normalize('NFC').trim()),
		v.maxLength(options.max, `Use at most ${options.max.toLocaleString('en-GB')} characters.`),
		v.check((s) => !unsafe.test(s), 'Remove the control or text-direction characters.')
	);
}

/** A whole number written in plain digits, from min to max inclusive. */
export function wholeNumber(min: number, max: number, message: string) {
	return v.pipe(
		v.optional(v.string(), ''),
		v.transform((s) => s.trim()),
		v.regex(/^\d{1,9}$/, message),
		v.transform(Number),
		v.minValue(min, message),
		v.maxValue(max, message)
	);
}

/** Like `wholeNumber`, but an empty field reads as null. */
export function optionalWholeNumber(min: number, max: number, message: string) {
	return v.pipe(
		v.optional(v.string(), ''),
		v.transform((s) => s.trim()),
		v.union([v.literal(''), v.pipe(v.string(), v.regex(/^\d{1,9}$/, message))], message),
		v.transform((s) => (s === '' ? null : Number(s))),
		v.check((n) => n === null || (n >= min && n <= max), message)
	);
}

/** One of a fixed set of values. */
export function oneOf<const T extends readonly string[]>(allowed: T, message: string) {
	return v.optional(v.picklist(allowed, message), '' as T[number]);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date as `YYYY-MM-DD` (a date input's value), from year 1900 to 9999. */
export function calendarDate(message: string) {
	return v.pipe(
		v.optional(v.string(), ''),
		v.transform((s) => s.trim()),
		v.regex(ISO_DATE, message),
		v.check((s) => {
			const match = ISO_DATE.exec(s);
			if (!match) return false;
			const [y, m, d] = match.slice(1).map(Number);
			const date = new Date(Date.UTC(y, m - 1, d));
			return (
				y >= 1900 &&
				date.getUTCFullYear() === y &&
				date.getUTCMonth() === m - 1 &&
				date.getUTCDate() === d
			);
		}, message)
	);
}

/** Reads a text field from a submitted form; absent or non-text fields read as ''. */
export function field(form: FormData, name: string): string {
	const value = form.get(name);
	return typeof value === 'string' ? value : '';
}

/** Reads a field that must be one of a fixed set, falling back when it is not. */
export function choice<T extends string>(
	form: FormData,
	name: string,
	allowed: readonly T[],
	fallback: T
): T {
	const value = field(form, name);
	return (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}
