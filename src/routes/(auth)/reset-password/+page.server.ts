import { error, fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { passwordResetForm } from '$lib/server/auth/forms';
import { findResetTarget, resetPassword } from '$lib/server/auth/password-reset';
import { deleteSessionCookie } from '$lib/server/auth/cookies';
import { parseForm, readFormData } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

const SPENT =
	'This password reset link is not valid: it has been used, has expired or was replaced by a newer one. Ask an administrator for a new link.';

export const load: PageServerLoad = async ({ url }) => {
	const token = url.searchParams.get('token') ?? '';
	const target = await findResetTarget(getDb(), token);
	if (!target) error(404, SPENT);
	return {
		token,
		displayName: target.displayName,
		email: target.email
	};
};

export const actions: Actions = {
	default: async ({ request, url, cookies, locals }) => {
		const token = url.searchParams.get('token') ?? '';
		const db = getDb();
		const target = await findResetTarget(db, token);
		if (!target) error(404, SPENT);
		const parsed = parseForm(passwordResetForm(target.email), await readFormData(request), {
			secret: ['newPassword']
		});
		if (!parsed.ok) return fail(400, { errors: parsed.errors });
		const result = await resetPassword(db, token, parsed.data.newPassword);
		if (!result.ok) error(404, SPENT);
		// The account's own session on this browser ended with the others.
		if (locals.user?.id === result.userId) deleteSessionCookie(cookies);
		redirect(303, '/login?reset=done');
	}
};
