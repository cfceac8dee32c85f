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
import { outcomeFor, parseForm, readFormData, text, type OutcomeFor } from '$lib/server/forms';
import type { ItemSpec } from '$lib/content/types';
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

/**
 * The page's forms, each answering under its name: the item editor (save, preview), the review
 * steps (submit, publish, discard), the comment box (comment, return), retiring or restoring, and
 * the bundled change (accept, keep).
 */
type EditorForm = 'editor' | 'review' | 'comment' | 'retire' | 'bundled';

/**
 * The item editor's answer: beside the outcome, the rules the typed item breaks and the passages it
 * cites and, for a preview, the item as typed.
 */
type EditorAnswer = OutcomeFor<'editor'> & {
	problems: Record<string, string[]>;
	cited: { id: string; text: string }[];
	preview?: ItemSpec;
};

/** A notice name to redirect with once done, or the item editor's answer. */
type Outcome = string | EditorAnswer | ActionFailure<EditorAnswer>;

type ItemEvent = RequestEvent<{ itemId: string }>;

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
	/** The form's schema, whose messages come back as the form's errors. */
	schema?: v.GenericSchema<unknown, Fields> & { readonly entries: v.ObjectEntries };
	/** What to send back beside a refusal, so nothing typed is lost. */
	kept?: (input: StepInput<Fields>) => Promise<EditorAnswer>;
}

/**
 * Runs one step of the workflow, sent from the form `sentFrom`, for an educator who may edit the
 * item. The step names the notice the editor shows once done, or answers the form itself; a step
 * the workflow refuses comes back as the form's message, nothing changed.
 */
async function step<Form extends EditorForm, Fields = undefined>(
	event: ItemEvent,
	sentFrom: Form,
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
		if (!parsed.ok) return fail(400, outcomeFor(sentFrom, { errors: parsed.errors }));
		fields = parsed.data;
	}
	const input = { db, user, itemId, form, seenAt: seenAtOf(form), fields };
	let done: Outcome;
	try {
		done = await run(input);
	} catch (e) {
		if (!(e instanceof AuthoringError)) throw e;
		const kept = await options.kept?.(input);
		const message = e.message;
		return fail(409, kept ? { ...kept, message } : outcomeFor(sentFrom, { message }));
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
): Promise<EditorAnswer> {
	return {
		...outcomeFor('editor', { errors, values }),
		problems: problemsByField(await checkItem(db, spec)),
		cited: await passageTexts(db, spec.source.passageIds)
	};
}

/** The typed item sent back with the rules it breaks, to refill the editor. */
function typedBack({ db, form, itemId }: StepInput<unknown>): Promise<EditorAnswer> {
	return checked(db, readItemForm(form, itemId));
}

type Educator = StepInput<unknown>['user'];

/**
 * A review step on the open draft as the page showed it: the workflow refuses it when the draft
 * changed since, or when the page had none to show.
 */
function onDraft(
	notice: string,
	act: (db: DB, user: Educator, itemId: string, seenAt: number) => Promise<unknown>
) {
	return (event: ItemEvent) =>
		step(event, 'review', async ({ db, user, itemId, seenAt }) => {
			await act(db, user, itemId, seenAt ?? -1);
			return notice;
		});
}

/** A choice about the bundled change, made on the item itself whatever its draft. */
function onItem(notice: string, act: (db: DB, user: Educator, itemId: string) => Promise<unknown>) {
	return (event: ItemEvent) =>
		step(event, 'bundled', async ({ db, user, itemId }) => {
			await act(db, user, itemId);
			return notice;
		});
}

/** The forms whose steps need a written reason, and the field each is written in. */
const reasons = {
	comment: { schema: commentForm, field: 'comment' },
	retire: { schema: noteForm, field: 'note' }
} as const;

/** A step that needs a written reason, sent from the comment box or the retire form. */
function withReason<Form extends keyof typeof reasons>(
	notice: string,
	form: Form,
	act: (db: DB, user: Educator, itemId: string, reason: string) => Promise<unknown>
) {
	const { schema, field } = reasons[form];
	return (event: ItemEvent) =>
		step<Form, Record<string, string>>(
			event,
			form,
			async ({ db, user, itemId, fields }) => {
				await act(db, user, itemId, fields[field]);
				return notice;
			},
			{ schema }
		);
}

export const actions: Actions = {
	save: (event) =>
		step(
			event,
			'editor',
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
		step(event, 'editor', async ({ db, form, itemId }) => {
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
			'comment',
			async ({ db, user, itemId, seenAt, fields }) => {
				await returnToAuthor(db, user, itemId, fields.comment, seenAt ?? -1);
				return 'returned';
			},
			{ schema: commentForm }
		),
	comment: withReason('commented', 'comment', commentOnDraft),
	retire: withReason('retired', 'retire', retireItem),
	restore: withReason('restored', 'retire', restoreItem),
	accept: onItem('accepted', acceptPackUpdate),
	keep: onItem('kept', keepLocalVersion)
};
