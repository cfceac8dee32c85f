import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guards';
import { loadProgress } from '$lib/server/progress/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireUser(event);
	return { progress: loadProgress(getDb(), user) };
};
