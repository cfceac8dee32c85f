import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import {
	canReviseDocument,
	getAddedDocument,
	readDocumentForm,
	reviseDocument
} from '$lib/server/documents/documents';
import { readFormData } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

async function requireRevisable(event: RequestEvent<{ slug: string }>) {
	const user = requireRole(event, 'educator');
	const doc = await getAddedDocument(getDb(), event.params.slug);
	if (!doc) error(404, 'There is no document at this address that can be revised.');
	if (!canReviseDocument(user, doc)) error(403, 'Only the educator who added it can revise it.');
	return { user, doc };
}

export const load: PageServerLoad = async (event) => {
	const { doc } = await requireRevisable(event);
	return { slug: doc.slug, title: doc.title, revision: doc.revision, markdown: doc.markdown };
};

export const actions: Actions = {
	default: async (event) => {
		const { user, doc } = await requireRevisable(event);
		const parsed = await readDocumentForm(await readFormData(event.request));
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const revised = await reviseDocument(getDb(), user, doc.slug, parsed.data);
		if (!revised) error(403, 'Only the educator who added it can revise it.');
		if (!revised.ok) return fail(400, { errors: revised.errors, values: parsed.data });
		redirect(303, `/sources/${doc.slug}/revisions/${revised.revision}`);
	}
};
