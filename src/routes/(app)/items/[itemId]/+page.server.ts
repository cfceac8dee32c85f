import { error, fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { getItemForReview } from '$lib/server/bank/queries';
import { listReports, resolveReport, resolveReportForm } from '$lib/server/bank/reports';
import { itemAnalysis } from '$lib/server/analytics/items';
import { parseForm, readFormData, submittedValues, type FieldErrors } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'educator');
	const db = getDb();
	const item = await getItemForReview(db, event.params.itemId);
	if (!item) error(404, 'There is no question with this id.');
	const stats = (await itemAnalysis(db, null, 'first')).items.filter(
		(row) => row.itemId === item.id
	);
	return { item, reports: await listReports(db, { itemId: item.id }), stats };
};

export const actions: Actions = {
	resolve: async (event) => {
		const user = requireRole(event, 'educator');
		const form = await readFormData(event.request);
		const parsed = parseForm(resolveReportForm, form);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const { reportId, resolution } = parsed.data;
		if (!(await resolveReport(getDb(), reportId, user.id, resolution))) {
			const errors: FieldErrors = { reportId: 'This report is no longer open.' };
			return fail(400, { errors, values: submittedValues(resolveReportForm, form) });
		}
		return { saved: 'Report resolved.' };
	}
};
