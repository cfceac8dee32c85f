import { redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guards';
import { requireOwnSession } from '$lib/server/quiz/access';
import { resumePosition } from '$lib/server/quiz/session';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireUser(event);
	const db = getDb();
	const session = requireOwnSession(db, user.id, event.params.sessionId);
	if (session.status === 'finished') redirect(303, `/practice/${session.id}/results`);
	redirect(303, `/practice/${session.id}/${resumePosition(db, session)}`);
};
