import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guards';
import { loadProgress } from '$lib/server/progress/queries';
import { progressCharts } from '$lib/server/charts';
import { PEER_MINIMUM } from '$lib/server/quiz/peers';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const progress = await loadProgress(getDb(), user);
	return { progress, charts: progressCharts(progress), peerMinimum: PEER_MINIMUM };
};
