import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { compareWithPrevious, itemsWithChangedSources } from '$lib/server/documents/documents';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'educator');
	const db = getDb();
	const revision = /^[1-9]\d{0,5}$/.test(event.params.revision)
		? Number(event.params.revision)
		: NaN;
	const comparison = await compareWithPrevious(db, event.params.slug, revision);
	if (!comparison) error(404, 'There is no such revision of this document.');
	return { comparison, changedItems: await itemsWithChangedSources(db, comparison.slug) };
};
