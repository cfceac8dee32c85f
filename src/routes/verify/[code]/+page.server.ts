import { getDb } from '$lib/server/db';
import { getCertificate } from '$lib/server/cohorts/modules';
import type { PageServerLoad } from './$types';

/** Public: confirms a certificate by its code and shows only what the certificate itself shows. */
export const load: PageServerLoad = ({ params }) => {
	const certificate = getCertificate(getDb(), params.code);
	if (!certificate) return { found: false as const, code: params.code };
	const now = Date.now();
	return {
		found: true as const,
		code: certificate.code,
		learnerName: certificate.learnerName,
		moduleTitle: certificate.moduleTitle,
		scorePercent: certificate.scorePercent,
		issuedAt: certificate.issuedAt,
		validUntil: certificate.validUntil,
		current: !certificate.validUntil || certificate.validUntil.getTime() > now
	};
};
