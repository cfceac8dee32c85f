import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guards';
import { outcomeFor, parseForm, readFormData } from '$lib/server/forms';
import { answerForm, flagForm, noteForm, reportForm } from '$lib/server/quiz/item-forms';
import {
	noQuestionHere,
	openOwnSession,
	openOwnSlot,
	requirePosition,
	requireSlot
} from '$lib/server/quiz/access';
import { reportProblem, saveNote, setFlag } from '$lib/server/quiz/item-actions';
import { parseResponse } from '$lib/server/quiz/scoring';
import { TYPED_ANSWER_MAX } from '$lib/quiz';
import { finishSession, isActive, noteShown, submitAnswer } from '$lib/server/quiz/session';
import { readItemPage } from '$lib/server/quiz/view';
import { HELD_BACK_MESSAGE } from '$lib/server/quiz/open-attempts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

function resultsPath(sessionId: string) {
	return `/practice/${sessionId}/results`;
}

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const db = getDb();
	const session = await openOwnSession(db, user.id, event.params.sessionId);
	if (session.status === 'finished' && session.mode === 'timed')
		redirect(303, resultsPath(session.id));
	const position = requirePosition(session, event.params.position);
	const view = await readItemPage(db, session, position);
	if (!view) noQuestionHere();
	if (session.status === 'active' && !view.shownAt) await noteShown(db, session.id, position);
	return {
		session: {
			id: session.id,
			mode: session.mode,
			status: session.status,
			itemCount: session.itemCount,
			deadlineAt: session.deadlineAt?.getTime() ?? null,
			serverNow: Date.now()
		},
		page: view.page
	};
};

/** The session, position and item a form posts to, re-checked on every action. */
async function target(event: RequestEvent) {
	const user = requireUser(event);
	const db = getDb();
	const { sessionId, position } = event.params;
	return { user, db, ...(await openOwnSlot(db, user.id, sessionId, position)) };
}

export const actions: Actions = {
	answer: async (event) => {
		const { db, session, position, slot } = await target(event);
		const form = await readFormData(event.request);
		const base = `/practice/${session.id}`;
		// A finished test opens on its results; a finished practice session on the question, to review.
		const whenFinished = session.mode === 'timed' ? resultsPath(session.id) : `${base}/${position}`;
		const parsed = parseForm(answerForm, form);
		if (!parsed.ok)
			return fail(400, outcomeFor('answer', { message: Object.values(parsed.errors)[0] }));
		const { intent, goto, confidence = null } = parsed.data;

		const response = slot ? parseResponse(slot.spec, form) : null;
		if (!response && !(await isActive(db, session.id))) redirect(303, whenFinished);

		if (response && slot) {
			const result = await submitAnswer(
				db,
				session,
				position,
				response,
				confidence,
				new Date(),
				slot
			);
			if (!result.ok) {
				if (result.reason === 'expired') redirect(303, resultsPath(session.id));
				if (result.reason === 'finished') redirect(303, whenFinished);
				if (result.reason === 'held-back')
					return fail(409, outcomeFor('answer', { message: HELD_BACK_MESSAGE }));
				return fail(400, outcomeFor('answer', { message: 'That answer could not be saved.' }));
			}
		} else if (session.mode === 'tutor' || intent === 'save') {
			return fail(
				400,
				outcomeFor('answer', {
					message:
						slot?.spec.type === 'short-answer'
							? `Type your answer first (at most ${TYPED_ANSWER_MAX} characters).`
							: 'Choose an answer first.'
				})
			);
		}

		if (session.mode === 'timed') {
			if (intent === 'finish') redirect(303, `${base}/finish?from=${position}`);
			if (goto !== null && goto <= session.itemCount) redirect(303, `${base}/${goto}`);
			if (intent === 'next' && position < session.itemCount)
				redirect(303, `${base}/${position + 1}`);
			if (intent === 'previous' && position > 1) redirect(303, `${base}/${position - 1}`);
			if (intent === 'review') redirect(303, `${base}/${position}`);
		}
		return outcomeFor('answer', {});
	},

	flag: async (event) => {
		const { user, db, slot } = await target(event);
		const parsed = parseForm(flagForm, await readFormData(event.request));
		if (!parsed.ok) return fail(400, outcomeFor('flag', { message: parsed.errors.flagged }));
		const { itemId } = requireSlot(slot);
		await setFlag(db, user.id, itemId, parsed.data.flagged === 'true');
		return outcomeFor('flag', {});
	},

	note: async (event) => {
		const { user, db, slot } = await target(event);
		const parsed = parseForm(noteForm, await readFormData(event.request));
		if (!parsed.ok) return fail(400, outcomeFor('note', { errors: parsed.errors }));
		const { itemId } = requireSlot(slot);
		await saveNote(db, user.id, itemId, parsed.data.note);
		return outcomeFor('note', { saved: 'Note saved.' });
	},

	report: async (event) => {
		const { user, db, slot } = await target(event);
		const parsed = parseForm(reportForm, await readFormData(event.request));
		if (!parsed.ok) return fail(400, outcomeFor('report', { errors: parsed.errors }));
		const { itemId, itemVersionId } = requireSlot(slot);
		await reportProblem(db, user.id, itemId, itemVersionId, parsed.data.message);
		return outcomeFor('report', { saved: 'Thank you. An educator will review the question.' });
	},

	finish: async (event) => {
		const { db, session } = await target(event);
		await finishSession(db, session.id);
		redirect(303, resultsPath(session.id));
	}
};
