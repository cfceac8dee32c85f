import * as v from 'valibot';
import { QUIZ_MODES, SELECTIONS, type QuizMode, type SessionSettings } from '$lib/server/db/tables';
import {
	optionalWholeNumber,
	parseForm,
	someOf,
	submittedValues,
	wholeNumber,
	type FieldErrors,
	type SubmittedValues
} from '$lib/server/forms';
import {
	DEFAULT_SECONDS_PER_ITEM,
	DRAWN_AUDIENCES,
	DRAWN_DIFFICULTIES,
	MAX_SECONDS_PER_ITEM,
	MAX_SESSION_ITEMS,
	MIN_SECONDS_PER_ITEM
} from '$lib/quiz';
import type { MatchSettings } from './practice-builder';

export const DEFAULT_COUNT = 10;

const ITEM_ID = /^[a-z0-9-]{1,100}$/;

/**
 * The builder as it first appears. A field left out of a post or a link takes its value from
 * here, so a "practise this" button names only what it restricts; a field that is given must be
 * valid. Banks have no default in a post: a form with every bank unticked sends none.
 */
export const START_DEFAULTS = {
	selection: 'all',
	difficulty: 'any',
	audience: 'any',
	mode: 'tutor',
	count: String(DEFAULT_COUNT),
	secondsPerItem: String(DEFAULT_SECONDS_PER_ITEM)
} as const;

export interface StartForm {
	mode: QuizMode;
	settings: SessionSettings;
	/** The learner agreed to start with fewer questions than asked for, as many as match. */
	acceptFewer?: boolean;
	/** Timed tests only. */
	secondsPerItem?: number;
}

const SECONDS_MESSAGE = `Allow ${MIN_SECONDS_PER_ITEM} to ${MAX_SECONDS_PER_ITEM} seconds a question.`;

/** The fields that decide which questions match, shared by starting and by counting. */
function filterFields(knownBankIds: string[]) {
	return {
		bank: someOf(knownBankIds, {
			none: 'Choose at least one bank.',
			unknown: 'Choose banks from the list.'
		}),
		item: v.pipe(
			v.array(v.string()),
			v.maxLength(MAX_SESSION_ITEMS, `A link can name at most ${MAX_SESSION_ITEMS} questions.`),
			v.checkItems((id) => ITEM_ID.test(id), 'This link names a question that does not exist.')
		),
		selection: v.optional(
			v.picklist(SELECTIONS, 'Choose which questions.'),
			START_DEFAULTS.selection
		),
		difficulty: v.optional(
			v.picklist(DRAWN_DIFFICULTIES, 'Choose a difficulty from the list.'),
			START_DEFAULTS.difficulty
		),
		audience: v.optional(
			v.picklist(DRAWN_AUDIENCES, 'Choose who the questions are written for.'),
			START_DEFAULTS.audience
		)
	};
}

/** The builder's filters alone, for counting the questions they match. */
export function matchForm(knownBankIds: string[]) {
	return v.pipe(
		v.object(filterFields(knownBankIds)),
		v.transform((f): MatchSettings => ({
			bankIds: f.bank,
			selection: f.selection,
			difficulty: f.difficulty,
			audience: f.audience,
			...(f.item.length ? { itemIds: [...new Set(f.item)] } : {})
		}))
	);
}

/** The session builder's schema, over the banks that exist now. */
export function startForm(knownBankIds: string[]) {
	return v.pipe(
		v.object({
			...filterFields(knownBankIds),
			/** Sent by "Start with N" once the learner has agreed to fewer than asked for. */
			fewer: v.optional(v.literal('yes', 'That is not something this page can do.')),
			count: v.optional(
				wholeNumber(1, MAX_SESSION_ITEMS, `Choose 1 to ${MAX_SESSION_ITEMS} questions.`),
				START_DEFAULTS.count
			),
			mode: v.optional(v.picklist(QUIZ_MODES, 'Choose tutor or timed test.'), START_DEFAULTS.mode),
			secondsPerItem: v.optional(
				optionalWholeNumber(MIN_SECONDS_PER_ITEM, MAX_SECONDS_PER_ITEM, SECONDS_MESSAGE),
				START_DEFAULTS.secondsPerItem
			)
		}),
		v.forward(
			v.partialCheck(
				[['mode'], ['secondsPerItem']],
				(f) => f.mode !== 'timed' || f.secondsPerItem !== null,
				SECONDS_MESSAGE
			),
			['secondsPerItem']
		),
		v.transform((f): StartForm => ({
			mode: f.mode,
			settings: {
				bankIds: f.bank,
				selection: f.selection,
				difficulty: f.difficulty,
				audience: f.audience,
				requestedCount: f.count,
				...(f.item.length ? { itemIds: [...new Set(f.item)] } : {})
			},
			...(f.fewer === 'yes' ? { acceptFewer: true } : {}),
			...(f.secondsPerItem === null ? {} : { secondsPerItem: f.secondsPerItem })
		}))
	);
}

export type StartFormSchema = ReturnType<typeof startForm>;

/** What the builder shows for a submission: each field as sent, or its default when left out. */
export function startFormValues(
	schema: StartFormSchema,
	source: FormData | URLSearchParams
): SubmittedValues {
	return { ...START_DEFAULTS, ...submittedValues(schema, source) };
}

/**
 * The builder filled from link parameters ("practise this" links). A link that names no bank
 * offers them all; a bad parameter is shown as an error on the builder, and nothing starts.
 */
export function readStartLink(
	params: URLSearchParams,
	knownBankIds: string[]
): { values: SubmittedValues; errors: FieldErrors } {
	const source = new URLSearchParams(params);
	if (!source.has('bank')) for (const id of knownBankIds) source.append('bank', id);
	const schema = startForm(knownBankIds);
	const parsed = parseForm(schema, source);
	return { values: startFormValues(schema, source), errors: parsed.ok ? {} : parsed.errors };
}
