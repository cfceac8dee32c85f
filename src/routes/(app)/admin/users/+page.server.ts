import { fail, type RequestEvent } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireAdmin } from '$lib/server/auth/guards';
import { getUserById, setUserRole } from '$lib/server/auth/user';
import { issueResetLink } from '$lib/server/auth/password-reset';
import { roleForm } from '$lib/server/admin/role-form';
import { userActionForm, userSearchForm } from '$lib/server/admin/user-forms';
import { deactivateUser, reactivateUser, searchUsers } from '$lib/server/admin/users';
import { parseForm, readFormData, type FieldErrors, type FormOutcome } from '$lib/server/forms';
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

/** Every action answers about one account, named so the page says whose account it was. */
interface AccountOutcome extends FormOutcome {
	userId: string;
	name: string | null;
	/** A password reset link, shown only in this answer. */
	resetLink?: { href: string; expiresAt: Date };
}

/** A refusal before the account is known to exist: there is no name to show. */
function unnamed(userId: string, errors: FieldErrors): AccountOutcome {
	return { userId, name: null, errors };
}

/** The outcome for an account, with its name whatever page of the list is shown. */
async function about(
	userId: string,
	outcome: Omit<AccountOutcome, 'userId' | 'name'>
): Promise<AccountOutcome> {
	return { userId, name: (await getUserById(getDb(), userId))?.displayName ?? null, ...outcome };
}

/** Reads the account an action is for, and answers with the outcome beside its name. */
async function accountAction(
	event: RequestEvent,
	saved: string,
	act: (userId: string, adminId: string) => Promise<{ ok: true } | { ok: false; message: string }>
) {
	const admin = requireAdmin(event);
	const parsed = parseForm(userActionForm, await readFormData(event.request));
	if (!parsed.ok) return fail(400, unnamed('', parsed.errors));
	const { userId } = parsed.data;
	const result = await act(userId, admin.id);
	if (!result.ok) return fail(400, await about(userId, { errors: { account: result.message } }));
	return about(userId, { saved });
}

export const actions: Actions = {
	setRole: async (event) => {
		requireAdmin(event);
		const parsed = parseForm(roleForm, await readFormData(event.request));
		if (!parsed.ok)
			return fail(
				400,
				unnamed(typeof parsed.values.userId === 'string' ? parsed.values.userId : '', parsed.errors)
			);
		const { userId, role } = parsed.data;
		const result = await setUserRole(getDb(), userId, role);
		if (!result.ok) return fail(400, await about(userId, { errors: { role: result.message } }));
		return about(userId, { saved: 'Role saved.' });
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
		if (!parsed.ok) return fail(400, unnamed('', parsed.errors));
		const { userId } = parsed.data;
		const link = await issueResetLink(getDb(), userId, admin.id);
		if (!link) return fail(400, unnamed(userId, { account: 'There is no such user.' }));
		const url = new URL('/reset-password', event.url.origin);
		url.searchParams.set('token', link.token);
		return about(userId, { resetLink: { href: url.href, expiresAt: link.expiresAt } });
	}
};
