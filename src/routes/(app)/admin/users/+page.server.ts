import { fail, type RequestEvent } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireAdmin } from '$lib/server/auth/guards';
import { getUserById, setUserRole } from '$lib/server/auth/user';
import { issueResetLink } from '$lib/server/auth/password-reset';
import { roleForm } from '$lib/server/admin/role-form';
import { userActionForm, userSearchForm } from '$lib/server/admin/user-forms';
import { deactivateUser, reactivateUser, searchUsers } from '$lib/server/admin/users';
import { parseForm, readFormData, type FieldErrors } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const admin = requireAdmin(event);
	const search = parseForm(userSearchForm, event.url.searchParams);
	const query = search.ok ? search.data.q : String(search.values.q ?? '');
	const page = search.ok ? search.data.page : 1;
	return {
		adminId: admin.id,
		query,
		searchErrors: search.ok ? null : search.errors,
		...(await searchUsers(getDb(), { query, page }))
	};
};

/** Reads the account an action is for; the answer names it, so the page shows the outcome beside it. */
async function accountAction(
	event: RequestEvent,
	saved: string,
	act: (userId: string, adminId: string) => Promise<{ ok: true } | { ok: false; message: string }>
) {
	const admin = requireAdmin(event);
	const parsed = parseForm(userActionForm, await readFormData(event.request));
	if (!parsed.ok) return fail(400, { userId: '', name: null, errors: parsed.errors });
	const { userId } = parsed.data;
	const result = await act(userId, admin.id);
	const name = await nameOf(userId);
	if (!result.ok)
		return fail(400, { userId, name, errors: { account: result.message } as FieldErrors });
	return { userId, name, saved };
}

/** The account's name, for the answer to say whose account changed whatever page is shown. */
async function nameOf(userId: string): Promise<string | null> {
	return (await getUserById(getDb(), userId))?.displayName ?? null;
}

export const actions: Actions = {
	setRole: async (event) => {
		requireAdmin(event);
		const form = await readFormData(event.request);
		const parsed = parseForm(roleForm, form);
		if (!parsed.ok)
			return fail(400, {
				userId: typeof parsed.values.userId === 'string' ? parsed.values.userId : '',
				name: null,
				errors: parsed.errors
			});
		const { userId, role } = parsed.data;
		const result = await setUserRole(getDb(), userId, role);
		if (!result.ok) {
			const errors: FieldErrors = { role: result.message };
			return fail(400, { userId, name: await nameOf(userId), errors });
		}
		return { userId, name: await nameOf(userId), saved: 'Role saved.' };
	},
	deactivate: (event) =>
		accountAction(event, 'Account deactivated: its sessions have ended.', (userId, adminId) =>
			deactivateUser(getDb(), adminId, userId)
		),
	reactivate: (event) =>
		accountAction(event, 'Account reactivated.', (userId) => reactivateUser(getDb(), userId)),
	resetLink: async (event) => {
		const admin = requireAdmin(event);
		const parsed = parseForm(userActionForm, await readFormData(event.request));
		if (!parsed.ok) return fail(400, { userId: '', name: null, errors: parsed.errors });
		const link = await issueResetLink(getDb(), parsed.data.userId, admin.id);
		if (!link)
			return fail(400, {
				userId: parsed.data.userId,
				name: null,
				errors: { account: 'There is no such user.' } as FieldErrors
			});
		const url = new URL('/reset-password', event.url.origin);
		url.searchParams.set('token', link.token);
		return {
			userId: parsed.data.userId,
			name: await nameOf(parsed.data.userId),
			resetLink: url.href,
			expiresAt: link.expiresAt
		};
	}
};
