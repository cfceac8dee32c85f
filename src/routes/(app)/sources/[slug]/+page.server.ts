import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guards';
import { getSourceView } from '$lib/server/bank/source-view';
import { canReviseDocument, itemsWithChangedSources } from '$lib/server/documents/documents';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const db = getDb();
	const canSeeItems = user.role === 'educator' || user.role === 'admin';
	const source = await getSourceView(db, event.params.slug, canSeeItems);
	if (!source) error(404, 'There is no source document at this address.');
	return {
		source,
		canSeeItems,
		canRevise: source.added !== null && canReviseDocument(user, source.added),
		changedItems: canSeeItems ? await itemsWithChangedSources(db, source.slug) : []
	};
};
