import { error, fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { getItemForReview } from '$lib/server/bank/queries';
import { listReports, resolveReport } from '$lib/server/bank/reports';
import { itemAnalysis } from '$lib/server/analytics/items';
import { field } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'educator');
	const db = getDb();
	const item = getItemForReview(db, event.params.itemId);
	if (!item) error(404, 'There is no question with this id.');
	const stats = (await itemAnalysis(db, null, 'first')).items.filter(
		(row) => row.itemId === item.id
	);
	return { item, reports: listReports(db, { itemId: item.id }), stats };
};

export const actions: Actions = {
	resolve: async (event) => {
		const user = requireRole(event, 'educator');
		const form = await event.request.formData();
		const note = field(form, 'resolution');
		if (!note.trim()) return fail(400, { error: 'Say what was done about the report.' });
		resolveReport(getDb(), Number(field(form, 'reportId')), user.id, note);
		return { resolved: true };
	}
};
