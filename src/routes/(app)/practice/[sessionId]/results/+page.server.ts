import { error, fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guards';
import { openOwnSession } from '$lib/server/quiz/access';
import { readResults } from '$lib/server/quiz/view';
import {
	REVIEW_FILTERS,
	inFilter,
	parseFilter,
	practiseWrong,
	retryOf
} from '$lib/server/quiz/results';
import { moduleOutcome } from '$lib/server/cohorts/module-results';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const db = getDb();
	const session = await openOwnSession(db, user.id, event.params.sessionId);
	const results = await readResults(db, session);
	if (!results) redirect(303, `/practice/${session.id}`);
	const filter = parseFilter(event.url.searchParams.get('show'), results.review);
	if (!filter)
		error(400, `Unknown filter: the review shows ${REVIEW_FILTERS.join(', ')} questions.`);
	const retry = await retryOf(db, session);
	return {
		session: {
			id: session.id,
			mode: session.mode,
			itemCount: session.itemCount,
			startedAt: session.startedAt
		},
		results: { ...results, review: results.review.filter((a) => inFilter(a, filter)) },
		filter,
		counts: Object.fromEntries(
			REVIEW_FILTERS.map((f) => [f, results.review.filter((a) => inFilter(a, f)).length])
		) as Record<(typeof REVIEW_FILTERS)[number], number>,
		retry: retry && { id: retry.id, finished: retry.status === 'finished' },
		module: session.moduleId ? await moduleOutcome(db, session.id) : null
	};
};

export const actions: Actions = {
	practiseWrong: async (event) => {
		const user = requireUser(event);
		const db = getDb();
		const session = await openOwnSession(db, user.id, event.params.sessionId);
		const started = await practiseWrong(db, session);
		if (!started.ok) return fail(400, { message: started.message });
		redirect(303, `/practice/${started.session.id}`);
	}
};
