import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { reviewQueue } from '$lib/server/authoring/editor';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'educator');
	return { queue: await reviewQueue(getDb(), user) };
};
