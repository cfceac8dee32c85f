import { error, fail, redirect, type ActionFailure, type RequestEvent } from '@sveltejs/kit';
import * as v from 'valibot';
import { getDb } from '$lib/server/db';
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
import { citableDocuments, editorState, passageTexts } from '$lib/server/authoring/editor';
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

export const load: PageServerLoad = (event) => {
	const user = requireRole(event, 'educator');
	const db = getDb();
	const state = editorState(db, user, event.params.itemId);
	if (!state) error(404, 'There is no question you can edit at this address.');
	return {
		state,
		values: itemFormValues(state.spec, state.draft?.note ?? ''),
		suggestions:
			state.spec.type === 'short-answer' ? clozeSuggestions(state.spec.source.quote) : [],
		problems: problemsByField(state.problems),
		documents: citableDocuments(db),
		cited: passageTexts(db, state.spec.source.passageIds),
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

const answer = (data: EditorActionData) => data;

function seenAt(form: FormData): number {
	const value = Number(form.get('seenAt'));
	return Number.isSafeInteger(value) ? value : -1;
}

/** Runs one step of the workflow; a refused step comes back as a message, nothing changed. */
async function step(
	event: RequestEvent<{ itemId: string }>,
	run: (
		form: FormData,
		user: ReturnType<typeof requireRole>
	) => string | ActionFailure<EditorActionData>
) {
	const user = requireRole(event, 'educator');
	const state = editorState(getDb(), user, event.params.itemId);
	if (!state) error(404, 'There is no question you can edit at this address.');
	const form = await readFormData(event.request);
	let done: string | ActionFailure<EditorActionData>;
	try {
		done = run(form, user);
	} catch (e) {
		if (e instanceof AuthoringError) return fail(409, answer({ stepError: e.message }));
		throw e;
	}
	if (typeof done !== 'string') return done;
	redirect(303, `/items/${event.params.itemId}/edit?done=${done}`);
}

export const actions: Actions = {
	save: async (event) => {
		const user = requireRole(event, 'educator');
		const db = getDb();
		const itemId = event.params.itemId;
		if (!editorState(db, user, itemId))
			error(404, 'There is no question you can edit at this address.');
		const form = await readFormData(event.request);
		const { spec, note, errors, values } = readItemForm(form, itemId);
		if (!note) errors.note = 'Say why you are making this change.';
		const again = () =>
			answer({
				errors,
				values,
				problems: problemsByField(checkItem(db, spec)),
				cited: passageTexts(db, spec.source.passageIds)
			});
		if (Object.keys(errors).length) return fail(400, again());
		const seen = form.get('seenAt') ? seenAt(form) : null;
		try {
			saveDraft(db, user, itemId, spec, note, seen);
		} catch (e) {
			if (e instanceof AuthoringError) return fail(409, { ...again(), stepError: e.message });
			throw e;
		}
		redirect(303, `/items/${itemId}/edit?done=saved`);
	},
	preview: async (event) => {
		const user = requireRole(event, 'educator');
		const db = getDb();
		const itemId = event.params.itemId;
		if (!editorState(db, user, itemId))
			error(404, 'There is no question you can edit at this address.');
		const form = await readFormData(event.request);
		const { spec, errors, values } = readItemForm(form, itemId);
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
		return answer({
			preview: spec,
			errors,
			values,
			problems: problemsByField(checkItem(db, spec)),
			cited: passageTexts(db, spec.source.passageIds)
		});
	},
	submit: (event) =>
		step(event, (form, user) => {
			submitForReview(getDb(), user, event.params.itemId, seenAt(form));
			return 'submitted';
		}),
	publish: (event) =>
		step(event, (form, user) => {
			publishDraft(getDb(), user, event.params.itemId, seenAt(form));
			return 'published';
		}),
	return: (event) =>
		step(event, (form, user) => {
			const parsed = parseForm(commentForm, form);
			if (!parsed.ok) return fail(400, answer({ commentErrors: parsed.errors }));
			returnToAuthor(getDb(), user, event.params.itemId, parsed.data.comment, seenAt(form));
			return 'returned';
		}),
	comment: (event) =>
		step(event, (form, user) => {
			const parsed = parseForm(commentForm, form);
			if (!parsed.ok) return fail(400, answer({ commentErrors: parsed.errors }));
			commentOnDraft(getDb(), user, event.params.itemId, parsed.data.comment);
			return 'commented';
		}),
	discard: (event) =>
		step(event, (form, user) => {
			discardDraft(getDb(), user, event.params.itemId, seenAt(form));
			return 'discarded';
		}),
	retire: (event) =>
		step(event, (form, user) => {
			const parsed = parseForm(noteForm, form);
			if (!parsed.ok) return fail(400, answer({ retireErrors: parsed.errors }));
			retireItem(getDb(), user, event.params.itemId, parsed.data.note);
			return 'retired';
		}),
	restore: (event) =>
		step(event, (form, user) => {
			const parsed = parseForm(noteForm, form);
			if (!parsed.ok) return fail(400, answer({ retireErrors: parsed.errors }));
			restoreItem(getDb(), user, event.params.itemId, parsed.data.note);
			return 'restored';
		}),
	accept: (event) =>
		step(event, (_form, user) => {
			acceptPackUpdate(getDb(), user, event.params.itemId);
			return 'accepted';
		}),
	keep: (event) =>
		step(event, (_form, user) => {
			keepLocalVersion(getDb(), user, event.params.itemId);
			return 'kept';
		})
};
