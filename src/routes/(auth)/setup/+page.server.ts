import { error, fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { createFirstAdmin, setupNeeded, setupTokenMatches } from '$lib/server/auth/setup';
import { startSession } from '$lib/server/auth/start-session';
import { readAccountForm } from '$lib/server/auth/user';
import { field } from '$lib/server/forms';
import { PASSWORD_MIN_LENGTH } from '$lib/server/auth/password';
import type { Actions, PageServerLoad } from './$types';

const REFUSED =
	'This setup link is not valid, or setup is already done. Use the link the server printed when it started.';

export const load: PageServerLoad = ({ url }) => {
	const token = url.searchParams.get('token');
	if (!setupNeeded(getDb()) || !setupTokenMatches(token)) error(404, REFUSED);
	return { token, passwordMinLength: PASSWORD_MIN_LENGTH };
};

export const actions: Actions = {
	default: async ({ request, cookies }) => {
		const form = await request.formData();
		const { values, password } = readAccountForm(form);
		const db = getDb();
		const result = await createFirstAdmin(db, field(form, 'token'), { ...values, password });
		if (!result.ok) {
			if ('form' in result.errors) error(404, REFUSED);
			return fail(400, { values, errors: result.errors });
		}
		startSession(db, cookies, result.user.id);
		redirect(303, '/admin/users');
	}
};
