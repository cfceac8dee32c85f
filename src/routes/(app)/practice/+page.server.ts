import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guards';
import { listBanks } from '$lib/server/bank/queries';
import { parseForm, readFormData } from '$lib/server/forms';
import { startSession } from '$lib/server/quiz/build';
import { listUnfinishedSessions, resumePosition } from '$lib/server/quiz/session';
import { readStartLink, startForm, startFormValues } from '$lib/server/quiz/settings-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireUser(event);
	const db = getDb();
	const banks = listBanks(db);
	const preset = readStartLink(
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
		const form = await readFormData(event.request);
		const schema = startForm(listBanks(db).map((b) => b.id));
		const values = startFormValues(schema, form);
		const parsed = parseForm(schema, form);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values });
		const result = startSession(db, user.id, parsed.data);
		if (!result.ok) return fail(400, { errors: { form: result.message }, values });
		redirect(303, `/practice/${result.session.id}/1`);
	}
};
