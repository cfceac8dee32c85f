import { redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guards';
import { requireOwnSession } from '$lib/server/quiz/access';
import { finishSummary, returnPosition } from '$lib/server/quiz/finish-summary';
import { finaliseSession } from '$lib/server/quiz/session';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireUser(event);
	const db = getDb();
	const session = requireOwnSession(db, user.id, event.params.sessionId);
	if (session.status === 'finished') redirect(303, `/practice/${session.id}/results`);
	return {
		session: {
			id: session.id,
			mode: session.mode,
			deadlineAt: session.deadlineAt?.getTime() ?? null,
			serverNow: Date.now()
		},
		summary: finishSummary(db, session),
		back: returnPosition(session, event.url.searchParams.get('from'))
	};
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireUser(event);
		const db = getDb();
		const session = requireOwnSession(db, user.id, event.params.sessionId);
		finaliseSession(db, session.id);
		redirect(303, `/practice/${session.id}/results`);
	}
};
