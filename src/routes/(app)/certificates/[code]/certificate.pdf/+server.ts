import { getDb } from '$lib/server/db';
import { requireCertificateHolder } from '$lib/server/certificates/access';
import { certificatePdf } from '$lib/server/certificates/pdf';
import { certificateView } from '$lib/server/certificates/view';
import { downloadResponse } from '$lib/server/export/download';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const db = getDb();
	const certificate = await requireCertificateHolder(db, event);
	const pdf = await certificatePdf(
		await certificateView(db, certificate),
		`${event.url.origin}/verify/${certificate.code}`
	);
	return downloadResponse(`certificate-${certificate.code}.pdf`, pdf, 'application/pdf');
};
