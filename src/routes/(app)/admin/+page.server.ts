import { getDb } from '$lib/server/db';
import { requireAdmin } from '$lib/server/auth/guards';
import { adminOverview } from '$lib/server/admin/users';
import { getSettings } from '$lib/server/settings/settings';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireAdmin(event);
	const db = getDb();
	return { overview: adminOverview(db), settings: getSettings(db) };
};
