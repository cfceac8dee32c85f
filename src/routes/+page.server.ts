import { getDb } from '$lib/server/db';
import { listBanks } from '$lib/server/bank/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	return { banks: locals.user ? listBanks(getDb()) : [] };
};
