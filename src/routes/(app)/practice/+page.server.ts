import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guards';
import { listBanks } from '$lib/server/bank/queries';
import { startSession } from '$lib/server/quiz/build';
import { listUnfinishedSessions, resumePosition } from '$lib/server/quiz/session';
import { readStartForm } from '$lib/server/quiz/settings-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireUser(event);
	const db = getDb();
	const banks = listBanks(db);
	const preset = readStartForm(
		event.url.searchParams,
		banks.map((b) => b.id)
	);
	return {
		banks,
		preset,
		unfinished: listUnfinishedSessions(db, user.id).map((s) => ({
			id: s.id,
			mode: s.mode,
			itemCount: s.itemCount,
			startedAt: s.startedAt,
			deadlineAt: s.deadlineAt,
			resumeAt: resumePosition(db, s)
		}))
	};
};

export const actions: Actions = {
	start: async (event) => {
		const user = requireUser(event);
		const db = getDb();
		const form = await event.request.formData();
		const request = readStartForm(
			form,
			listBanks(db).map((b) => b.id)
		);
		const result = startSession(db, user.id, {
			mode: request.mode,
			settings: request.settings,
			secondsPerItem: request.secondsPerItem
		});
		if (!result.ok) return fail(400, { message: result.message, request });
		redirect(303, `/practice/${result.session.id}/1`);
	}
};
