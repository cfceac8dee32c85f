import { redirect } from '@sveltejs/kit';
import { SOURCE_SLUG } from '$lib/content/links';
import { requireUser } from '$lib/server/auth/guards';
import type { PageServerLoad } from './$types';

/** One source document so far: the list is that document. */
export const load: PageServerLoad = (event) => {
	requireUser(event);
	redirect(307, `/sources/${SOURCE_SLUG}`);
};
