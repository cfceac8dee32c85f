import { redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guards';
import { openOwnSession } from '$lib/server/quiz/access';
import { finishSummary, returnPosition } from '$lib/server/quiz/finish-summary';
import { finishSession } from '$lib/server/quiz/session';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const db = getDb();
	const session = await openOwnSession(db, user.id, event.params.sessionId);
	if (session.status === 'finished') redirect(303, `/practice/${session.id}/results`);
	return {
		session: {
			id: session.id,
			mode: session.mode,
			deadlineAt: session.deadlineAt?.getTime() ?? null,
			serverNow: Date.now()
		},
		summary: await finishSummary(db, session),
		back: returnPosition(session, event.url.searchParams.get('from'))
	};
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireUser(event);
		const db = getDb();
		const session = await openOwnSession(db, user.id, event.params.sessionId);
		await finishSession(db, session.id);
		redirect(303, `/practice/${session.id}/results`);
	}
};
