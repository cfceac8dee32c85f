import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { createUser, readAccountForm } from '$lib/server/auth/user';
import { startSession } from '$lib/server/auth/start-session';
import { PASSWORD_MIN_LENGTH } from '$lib/server/auth/password';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	if (locals.user) redirect(303, '/');
	return { passwordMinLength: PASSWORD_MIN_LENGTH };
};

export const actions: Actions = {
	default: async ({ request, cookies }) => {
		const { values, password } = readAccountForm(await request.formData());
		const db = getDb();
		const result = await createUser(db, { ...values, password });
		if (!result.ok) return fail(400, { values, errors: result.errors });
		startSession(db, cookies, result.user.id);
		redirect(303, '/');
	}
};
