import { fail } from '@sveltejs/kit';
import { ROLES } from '$lib/accounts';
import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { listUsers, setUserRole } from '$lib/server/auth/user';
import { choice, field } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'admin');
	return { users: listUsers(getDb()) };
};

export const actions: Actions = {
	setRole: async (event) => {
		requireRole(event, 'admin');
		const form = await event.request.formData();
		const userId = field(form, 'userId');
		const role = choice(form, 'role', ROLES, 'learner');
		const result = setUserRole(getDb(), userId, role);
		if (!result.ok) return fail(400, { userId, message: result.message });
		return { userId, saved: true };
	}
};
