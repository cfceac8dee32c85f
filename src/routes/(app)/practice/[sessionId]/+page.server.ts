import { redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guards';
import { openOwnSession } from '$lib/server/quiz/access';
import { resumePosition } from '$lib/server/quiz/session';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const db = getDb();
	const session = await openOwnSession(db, user.id, event.params.sessionId);
	if (session.status === 'finished') redirect(303, `/practice/${session.id}/results`);
	redirect(303, `/practice/${session.id}/${await resumePosition(db, session)}`);
};
