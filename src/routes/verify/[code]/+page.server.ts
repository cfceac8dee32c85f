import { getDb } from '$lib/server/db';
import { getCertificate } from '$lib/server/cohorts/module-results';
import { certificateView } from '$lib/server/certificates/view';
import type { PageServerLoad } from './$types';

/** Public: confirms a certificate by its code and shows only what the certificate itself shows. */
export const load: PageServerLoad = async ({ params }) => {
	const db = getDb();
	const certificate = await getCertificate(db, params.code);
	if (!certificate) return { found: false as const, code: params.code };
	const view = await certificateView(db, certificate);
	return {
		found: true as const,
		...view,
		current: !view.validUntil || view.validUntil.getTime() > Date.now()
	};
};
