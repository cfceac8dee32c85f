import { getDb } from '$lib/server/db';
import { requireCertificateHolder } from '$lib/server/certificates/access';
import { certificateView } from '$lib/server/certificates/view';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const db = getDb();
	const certificate = await requireCertificateHolder(db, event);
	return {
		certificate: await certificateView(db, certificate),
		verifyUrl: `${event.url.origin}/verify/${certificate.code}`
	};
};
