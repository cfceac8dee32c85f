import { getDb } from '$lib/server/db';
import { requireAdmin } from '$lib/server/auth/guards';
import { adminOverview } from '$lib/server/admin/users';
import { readSettings } from '$lib/server/settings/settings';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireAdmin(event);
	const db = getDb();
	return { overview: await adminOverview(db), settings: await readSettings(db) };
};
