import { fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { listReports, resolveReport } from '$lib/server/bank/reports';
import { field } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'educator');
	return { reports: listReports(getDb(), { status: 'open' }) };
};

export const actions: Actions = {
	resolve: async (event) => {
		const user = requireRole(event, 'educator');
		const form = await event.request.formData();
		const id = Number(field(form, 'reportId'));
		const note = field(form, 'resolution');
		if (!note.trim())
			return fail(400, { reportId: id, error: 'Say what was done about the report.' });
		resolveReport(getDb(), id, user.id, note);
		return { resolved: id };
	}
};
