import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guards';
import { listDocuments } from '$lib/server/documents/documents';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const educator = user.role === 'educator' || user.role === 'admin';
	return { documents: await listDocuments(getDb()), educator };
};
