import * as v from 'valibot';

/**
 * Every form is read by one valibot object schema: it parses the submitted fields and gives the
 * message shown next to each field. Nothing out of range is replaced by a default: a bad value is
 * refused with its reason, and the submitted text comes back so the form refills.
 */

export type FieldErrors = Record<string, string>;

/** What the learner typed, to fill the form again; secret fields are left out. */
export type SubmittedValues = Record<string, string | string[]>;

/**
 * What every action answers about the form it was sent from, through `fail` and on success alike,
 * so that a page reads each of its forms one way. A page needing more (a preview, a count) adds
 * its own fields beside these.
 */
export interface FormOutcome {
	/** What was sent, to fill the form again. */
	values?: SubmittedValues;
	/** Why each field was refused; `form` when the fields were refused together. */
	errors?: FieldErrors;
	/** A refusal of the form as a whole, shown above it: not allowed, too many tries, gone. */
	message?: string;
	/** What was done, said once it is. */
	saved?: string;
}

/** On a page with several forms, an outcome also names the form it is for. */
export type OutcomeFor<Form extends string> = FormOutcome & { for: Form };

/**
 * The outcome for one of a page's forms, by name (usually its action's). The page reads each form's
 * outcome only when it is for that form (`form?.for === 'invite'`), so what one form answered is
 * never shown at another.
 */
export function outcomeFor<Form extends string>(
	form: Form,
	outcome: FormOutcome
): OutcomeFor<Form> {
	return { ...outcome, for: form };
}

export type ParsedForm<T> =
	{ ok: true; data: T } | { ok: false; errors: FieldErrors; values: SubmittedValues };

/**
 * An object schema, possibly piped through checks across fields (`v.forward(v.partialCheck(…))`)
 * and a final transform into the domain's input.
 */
type FormSchema = v.GenericSchema & { readonly entries: v.ObjectEntries };

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

function withoutSecrets(
	fields: Record<string, string | string[] | undefined>,
	// Stryker disable next-line ArrayDeclaration: no form has a field named like the mutant's placeholder
	secret: string[] = []
): SubmittedValues {
	const values: SubmittedValues = {};
	for (const [name, value] of Object.entries(fields))
		if (value !== undefined && !secret.includes(name)) values[name] = value;
	return values;
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
	return { ok: false, errors, values: withoutSecrets(fields, options.secret) };
}

/**
 * The fields a schema reads, as submitted: to refill a form that parsed but that the domain then
 * refused (a join code no cohort has, a choice no question matches).
 */
export function submittedValues(
	schema: FormSchema,
	source: FormData | URLSearchParams,
	options: { secret?: string[] } = {}
): SubmittedValues {
	return withoutSecrets(submittedFields(schema, source), options.secret);
}

/**
 * The posted form. A body that cannot be parsed as one (empty multipart, plain text) reads as an
 * empty form, so that its schema refuses it field by field instead of the request failing; other
 * failures, such as a body over the size limit, keep their own answer.
 */
export async function readFormData(request: Request): Promise<FormData> {
	try {
		return await request.formData();
	} catch (e) {
		if (e instanceof TypeError) return new FormData();
		throw e;
	}
}

/** C0 and C1 controls, and the bidirectional overrides and isolates that can disguise text. */
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const UNSAFE_IN_PARAGRAPHS =
	// eslint-disable-next-line no-control-regex
	/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** The limit as people write it (1,000), read from the issue when a text is too long. */
const tooLong = (issue: v.MaxLengthIssue<string, number>) =>
	`Use at most ${issue.requirement.toLocaleString('en-GB')} characters.`;

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
		v.maxLength(options.max, tooLong),
		v.check((s) => !unsafe.test(s), 'Remove the control or text-direction characters.')
	);
}

/** Like `text`, but an empty field is allowed and reads as ''. */
export function optionalText(options: { max: number; multiline?: boolean }) {
	const unsafe = options.multiline ? UNSAFE_IN_PARAGRAPHS : UNSAFE_CHARACTERS;
	return v.pipe(
		v.optional(v.string(), ''),
		v.transform((s) => s.normalize('NFC').trim()),
		v.maxLength(options.max, tooLong),
		v.check((s) => !unsafe.test(s), 'Remove the control or text-direction characters.')
	);
}

/** A whole number written in plain digits, from min to max inclusive. */
export function wholeNumber(min: number, max: number, message: string) {
	return v.pipe(
		// Stryker disable next-line StringLiteral: a missing field is refused by the digits check whatever it defaults to
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

/**
 * Any number of a set of values (checkboxes), at least one; each value counts once, in the order
 * submitted.
 */
export function someOf(allowed: readonly string[], messages: { none: string; unknown: string }) {
	return v.pipe(
		v.array(v.string()),
		v.minLength(1, messages.none),
		v.checkItems((item) => allowed.includes(item), messages.unknown),
		v.transform((items) => [...new Set(items)])
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
		// Stryker disable next-line StringLiteral: a missing field is refused by the date check whatever it defaults to
		v.optional(v.string(), ''),
		v.transform((s) => s.trim()),
		v.check((s) => {
			const match = ISO_DATE.exec(s);
			if (!match) return false;
			const [y, m, d] = match.slice(1).map(Number);
			// A day past the month's end rolls over into the next, so only a real date reads back unchanged.
			const date = new Date(Date.UTC(y, m - 1, d));
			return y >= 1900 && date.toISOString().slice(0, 10) === match[0];
		}, message)
	);
}

/** An IANA time zone name this runtime knows, such as Europe/London. */
export function isTimeZone(zone: string): boolean {
	if (!zone) return false;
	try {
		new Intl.DateTimeFormat('en-GB', { timeZone: zone });
		return true;
	} catch {
		return false;
	}
}
