import { fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { listUsers, setUserRole } from '$lib/server/auth/user';
import { roleForm } from '$lib/server/admin/role-form';
import { parseForm, readFormData, type FieldErrors } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'admin');
	return { users: listUsers(getDb()) };
};

export const actions: Actions = {
	setRole: async (event) => {
		requireRole(event, 'admin');
		const form = await readFormData(event.request);
		const parsed = parseForm(roleForm, form);
		if (!parsed.ok)
			return fail(400, {
				userId: typeof parsed.values.userId === 'string' ? parsed.values.userId : '',
				errors: parsed.errors
			});
		const { userId, role } = parsed.data;
		const result = setUserRole(getDb(), userId, role);
		if (!result.ok) {
			const errors: FieldErrors = { role: result.message };
			return fail(400, { userId, errors });
		}
		return { userId, saved: true };
	}
};
