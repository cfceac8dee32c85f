import type { DB, Queries } from '$lib/server/db';
import type { Certificate } from '$lib/server/db/schema';
import { perform, type Step } from '$lib/server/db/steps';
import { getSettingsStep, issuerName } from '$lib/server/settings/settings';

/** What a certificate shows, on its page, in print, in its PDF and on the verification page. */
export interface CertificateView {
	code: string;
	learnerName: string;
	moduleTitle: string;
	scorePercent: number;
	issuedAt: Date;
	validUntil: Date | null;
	/** The cohort owner who ran the module, as named when the certificate was issued. */
	educatorName: string;
	organisationName: string;
	/** The organisation's zone, in which the certificate's dates are given. */
	timeZone: string;
}

/**
 * A certificate as shown. It keeps the names it was issued with; one issued before the
 * organisation was named takes the organisation's name as it is now.
 */
export function* certificateViewStep(
	tx: Pick<Queries, 'select'>,
	certificate: Certificate
): Step<CertificateView> {
	const settings = yield* getSettingsStep(tx);
	return {
		code: certificate.code,
		learnerName: certificate.learnerName,
		moduleTitle: certificate.moduleTitle,
		scorePercent: certificate.scorePercent,
		issuedAt: certificate.issuedAt,
		validUntil: certificate.validUntil,
		educatorName: certificate.educatorName,
		organisationName: certificate.organisationName || issuerName(settings),
		timeZone: settings.timeZone
	};
}

/** A certificate as shown (see `certificateViewStep`). */
export function certificateView(db: DB, certificate: Certificate): Promise<CertificateView> {
	return perform(db, certificateViewStep(db, certificate));
}

export { certificateDateText as certificateDate } from '$lib/certificate-date';
