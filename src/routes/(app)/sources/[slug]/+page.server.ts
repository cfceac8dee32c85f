import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guards';
import { getSourceView } from '$lib/server/bank/source-view';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireUser(event);
	const canSeeItems = user.role === 'educator' || user.role === 'admin';
	const source = getSourceView(getDb(), event.params.slug, canSeeItems);
	if (!source) error(404, 'There is no source document at this address.');
	return { source, canSeeItems };
};
