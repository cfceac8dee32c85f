import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { listBanks } from '$lib/server/bank/queries';
import { requireCohortAccess } from '$lib/server/cohorts/access';
import { moduleDrawForm, moduleForm } from '$lib/server/cohorts/forms';
import { assignModule, previewModuleDraw } from '$lib/server/cohorts/preview';
import { outcomeFor, parseForm, readFormData, submittedValues } from '$lib/server/forms';
import { DEFAULT_SECONDS_PER_ITEM } from '$lib/quiz';
import { newId } from '$lib/server/ids';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'educator');
	const db = getDb();
	const cohort = await requireCohortAccess(db, user, event.params.cohortId);
	return {
		cohort: { id: cohort.id, name: cohort.name },
		banks: await listBanks(db),
		defaultSeconds: DEFAULT_SECONDS_PER_ITEM,
		// The module this form assigns, named now so that sending the form again makes no other.
		moduleId: newId()
	};
};

/**
 * One form, two buttons: "Preview" (intent=preview) lists the questions the module would draw and
 * brings the form back as it was; any other submission assigns the module.
 */
export const actions: Actions = {
	default: async (event) => {
		const user = requireRole(event, 'educator');
		const db = getDb();
		const cohort = await requireCohortAccess(db, user, event.params.cohortId);
		const bankIds = (await listBanks(db)).map((b) => b.id);
		const schema = moduleForm(bankIds);
		const form = await readFormData(event.request);
		// Whatever the answer, the form comes back as it was sent.
		const values = submittedValues(schema, form);
		if (form.get('intent') === 'preview') {
			const parsed = parseForm(moduleDrawForm(bankIds), form);
			if (!parsed.ok) return fail(400, outcomeFor('preview', { errors: parsed.errors, values }));
			return {
				...outcomeFor('preview', { values }),
				preview: await previewModuleDraw(db, parsed.data)
			};
		}
		const parsed = parseForm(schema, form);
		const sentId = form.get('moduleId');
		// A form without an id of the shape newId gives (a script's post) assigns a new module.
		const moduleId = typeof sentId === 'string' && /^[a-z2-7]{16}$/.test(sentId) ? sentId : newId();
		const result = parsed.ok
			? await assignModule(db, cohort.id, user.id, parsed.data, moduleId)
			: parsed;
		if (!result.ok) return fail(400, outcomeFor('assign', { errors: result.errors, values }));
		redirect(303, `/educator/cohorts/${cohort.id}`);
	}
};
