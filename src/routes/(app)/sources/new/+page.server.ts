import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { addDocument, readDocumentForm } from '$lib/server/documents/documents';
import { readFormData } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'educator');
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireRole(event, 'educator');
		const form = await readFormData(event.request);
		const parsed = await readDocumentForm(form);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const added = await addDocument(getDb(), user, parsed.data);
		if (!added.ok) return fail(400, { errors: added.errors, values: parsed.data });
		redirect(303, `/sources/${added.slug}`);
	}
};
