import { getDb } from '$lib/server/db';
import { requireCertificateHolder } from '$lib/server/certificates/access';
import { certificateView } from '$lib/server/certificates/view';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const db = getDb();
	const certificate = requireCertificateHolder(db, event);
	return {
		certificate: certificateView(db, certificate),
		verifyUrl: `${event.url.origin}/verify/${certificate.code}`
	};
};
