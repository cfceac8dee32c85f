import { error, fail, redirect, type ActionFailure, type RequestEvent } from '@sveltejs/kit';
import * as v from 'valibot';
import { getDb, type DB } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import {
	AuthoringError,
	acceptPackUpdate,
	checkItem,
	commentOnDraft,
	discardDraft,
	keepLocalVersion,
	publishDraft,
	restoreItem,
	retireItem,
	returnToAuthor,
	saveDraft,
	submitForReview
} from '$lib/server/authoring/drafts';
import { diffItems } from '$lib/server/authoring/diff';
import {
	bankGlossary,
	citableDocuments,
	editorState,
	passageTexts
} from '$lib/server/authoring/editor';
import {
	ITEM_LIMITS,
	clozeFrom,
	clozeSuggestions,
	itemFormValues,
	problemsByField,
	readItemForm
} from '$lib/server/authoring/item-form';
import { parseForm, readFormData, text } from '$lib/server/forms';
import type { EditorActionData } from '$lib/authoring';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'educator');
	const db = getDb();
	const state = await editorState(db, user, event.params.itemId);
	if (!state) error(404, 'There is no question you can edit at this address.');
	return {
		state,
		values: itemFormValues(state.spec, state.draft?.note ?? ''),
		suggestions:
			state.spec.type === 'short-answer'
				? clozeSuggestions(state.spec.source.quote, await bankGlossary(db, state.bank.id))
				: [],
		problems: problemsByField(state.problems),
		documents: await citableDocuments(db),
		cited: await passageTexts(db, state.spec.source.passageIds),
		bundledDiff:
			state.bundledChange && state.served ? diffItems(state.served.spec, state.bundledChange) : [],
		done: event.url.searchParams.get('done')
	};
};

const commentForm = v.object({
	comment: text({ required: 'Write the comment.', max: ITEM_LIMITS.comment, multiline: true })
});
const noteForm = v.object({
	note: text({ required: 'Say why.', max: ITEM_LIMITS.note, multiline: true })
});

/** A notice name to redirect with once done, an answer for the page, or a failure to show. */
type Outcome = string | EditorActionData | ActionFailure<EditorActionData>;

interface StepInput<Fields> {
	db: DB;
	user: ReturnType<typeof requireRole>;
	itemId: string;
	form: FormData;
	/** The open draft's `updatedAt` when the page was opened, or null for a page without one. */
	seenAt: number | null;
	fields: Fields;
}

interface StepOptions<Fields> {
	/** The form's schema; its messages come back under `errorsAs`. */
	schema?: v.GenericSchema<unknown, Fields> & { readonly entries: v.ObjectEntries };
	errorsAs?: 'commentErrors' | 'retireErrors';
	/** What to send back beside a refusal, so nothing typed is lost. */
	kept?: (input: StepInput<Fields>) => Promise<EditorActionData>;
}

/**
 * Runs one step of the workflow for an educator who may edit the item. The step names the notice
 * the editor shows once done, or answers with a failure; a step the workflow refuses comes back as
 * a message, nothing changed.
 */
async function step<Fields = undefined>(
	event: RequestEvent<{ itemId: string }>,
	run: (input: StepInput<Fields>) => Promise<Outcome>,
	options: StepOptions<Fields> = {}
) {
	const user = requireRole(event, 'educator');
	const db = getDb();
	const itemId = event.params.itemId;
	if (!(await editorState(db, user, itemId)))
		error(404, 'There is no question you can edit at this address.');
	const form = await readFormData(event.request);
	let fields = undefined as Fields;
	if (options.schema) {
		const parsed = parseForm(options.schema, form);
		if (!parsed.ok) return fail(400, { [options.errorsAs ?? 'errors']: parsed.errors });
		fields = parsed.data;
	}
	const input = { db, user, itemId, form, seenAt: seenAtOf(form), fields };
	let done: Outcome;
	try {
		done = await run(input);
	} catch (e) {
		if (!(e instanceof AuthoringError)) throw e;
		return fail(409, { ...(await options.kept?.(input)), stepError: e.message });
	}
	if (typeof done !== 'string') return done;
	redirect(303, `/items/${itemId}/edit?done=${done}`);
}

function seenAtOf(form: FormData): number | null {
	if (!form.get('seenAt')) return null;
	const value = Number(form.get('seenAt'));
	return Number.isSafeInteger(value) ? value : -1;
}

/** An item as typed, sent back with the rules it breaks, to refill the editor. */
async function checked(
	db: DB,
	{ spec, errors, values }: Pick<ReturnType<typeof readItemForm>, 'spec' | 'errors' | 'values'>
): Promise<EditorActionData> {
	return {
		errors,
		values,
		problems: problemsByField(await checkItem(db, spec)),
		cited: await passageTexts(db, spec.source.passageIds)
	};
}

/** The typed item sent back with the rules it breaks, to refill the editor. */
function typedBack({ db, form, itemId }: StepInput<unknown>): Promise<EditorActionData> {
	return checked(db, readItemForm(form, itemId));
}

type Educator = StepInput<unknown>['user'];
type Action = (event: RequestEvent<{ itemId: string }>) => ReturnType<typeof step>;

/**
 * A step on the open draft as the page showed it: the workflow refuses it when the draft changed
 * since, or when the page had none to show.
 */
function onDraft(
	notice: string,
	act: (db: DB, user: Educator, itemId: string, seenAt: number) => Promise<unknown>
): Action {
	return (event) =>
		step(event, async ({ db, user, itemId, seenAt }) => {
			await act(db, user, itemId, seenAt ?? -1);
			return notice;
		});
}

/** A step on the item itself, whatever its draft. */
function onItem(
	notice: string,
	act: (db: DB, user: Educator, itemId: string) => Promise<unknown>
): Action {
	return (event) =>
		step(event, async ({ db, user, itemId }) => {
			await act(db, user, itemId);
			return notice;
		});
}

const reasons = {
	comment: { schema: commentForm, errorsAs: 'commentErrors' },
	note: { schema: noteForm, errorsAs: 'retireErrors' }
} as const;

/** A step that needs a written reason, the form's `comment` or its `note`. */
function withReason(
	notice: string,
	field: keyof typeof reasons,
	act: (db: DB, user: Educator, itemId: string, reason: string) => Promise<unknown>
): Action {
	return (event) =>
		step<Record<string, string>>(
			event,
			async ({ db, user, itemId, fields }) => {
				await act(db, user, itemId, fields[field]);
				return notice;
			},
			reasons[field]
		);
}

export const actions: Actions = {
	save: (event) =>
		step(
			event,
			async (input) => {
				const { spec, note, errors } = readItemForm(input.form, input.itemId);
				if (!note) errors.note = 'Say why you are making this change.';
				if (Object.keys(errors).length) return fail(400, { ...(await typedBack(input)), errors });
				await saveDraft(input.db, input.user, input.itemId, spec, note, input.seenAt);
				return 'saved';
			},
			{ kept: typedBack }
		),
	preview: (event) =>
		step(event, async ({ db, form, itemId }) => {
			const typed = readItemForm(form, itemId);
			const { spec, values } = typed;
			const cloze = clozeFrom(spec.source.quote, String(form.get('blank') ?? ''));
			if (cloze) {
				spec.stem = cloze.stem;
				spec.shortAnswer = {
					accepted: [cloze.accepted],
					...(cloze.unit ? { unit: cloze.unit } : {}),
					explanation: spec.shortAnswer?.explanation ?? ''
				};
				Object.assign(values, itemFormValues(spec, String(values.note ?? '')));
			}
			return { preview: spec, ...(await checked(db, typed)) };
		}),
	submit: onDraft('submitted', submitForReview),
	publish: onDraft('published', publishDraft),
	discard: onDraft('discarded', discardDraft),
	return: (event) =>
		step(
			event,
			async ({ db, user, itemId, seenAt, fields }) => {
				await returnToAuthor(db, user, itemId, fields.comment, seenAt ?? -1);
				return 'returned';
			},
			reasons.comment
		),
	comment: withReason('commented', 'comment', commentOnDraft),
	retire: withReason('retired', 'note', retireItem),
	restore: withReason('restored', 'note', restoreItem),
	accept: onItem('accepted', acceptPackUpdate),
	keep: onItem('kept', keepLocalVersion)
};
