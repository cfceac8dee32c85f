import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { getItemForReview } from '$lib/server/bank/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'educator');
	const item = getItemForReview(getDb(), event.params.itemId);
	if (!item) error(404, 'There is no question with this id.');
	return { item };
};
