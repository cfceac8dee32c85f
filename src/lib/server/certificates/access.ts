import { error } from '@sveltejs/kit';
import type { DB } from '$lib/server/db';
import type { Certificate } from '$lib/server/db/schema';
import { requireUser } from '$lib/server/auth/guards';
import { getCertificate } from '$lib/server/cohorts/module-results';

/**
 * A certificate's own page and PDF: for the learner it was issued to, and administrators.
 * Anyone else is told there is no certificate of theirs there; the public check is /verify.
 */
export async function requireCertificateHolder(
	db: DB,
	event: Parameters<typeof requireUser>[0] & { params: { code: string } }
): Promise<Certificate> {
	const user = requireUser(event);
	const certificate = await getCertificate(db, event.params.code);
	if (!certificate || (certificate.userId !== user.id && user.role !== 'admin'))
		error(404, 'There is no certificate of yours at this address.');
	return certificate;
}
