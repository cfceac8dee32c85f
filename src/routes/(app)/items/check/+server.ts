import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { checkItem } from '$lib/server/authoring/drafts';
import { problemsByField, readItemForm } from '$lib/server/authoring/item-form';
import { readFormData } from '$lib/server/forms';
import type { RequestHandler } from './$types';

/**
 * The editor's live check: the editor's fields as posted, answered with the item-writing rules
 * they break by field, the same rules a save runs. Nothing is saved.
 */
export const POST: RequestHandler = async (event) => {
	requireRole(event, 'educator');
	const { spec } = readItemForm(await readFormData(event.request), 'check');
	return json({ problems: problemsByField(await checkItem(getDb(), spec)) });
};
