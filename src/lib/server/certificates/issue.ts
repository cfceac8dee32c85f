import { eq } from 'drizzle-orm';
import { encodeBase32UpperCaseNoPadding } from '@oslojs/encoding';
import type { DB, Queries } from '$lib/server/db';
import { run, transaction, type Step } from '$lib/server/db/steps';
import { certificates, type Certificate } from '$lib/server/db/tables';

/** Fifty random bits in base 32: short enough to type from paper, too many to guess. */
export function newCertificateCode(): string {
	const bytes = new Uint8Array(10);
	crypto.getRandomValues(bytes);
	return encodeBase32UpperCaseNoPadding(bytes);
}

/** What a certificate states, fixed when it is issued. */
export type CertificateFacts = Omit<Certificate, 'code'>;

/** Codes drawn before giving up: a second collision of fifty random bits does not happen. */
const CODE_DRAWS = 3;

/**
 * Issues the certificate of one passed result, once: the result's unique key lets one insert
 * through and the others find it, so every caller gets the same certificate and code. A new code
 * that happens to be taken already is drawn again.
 */
export function* issueCertificateStep(tx: Queries, facts: CertificateFacts): Step<Certificate> {
	for (let draw = 1; ; draw++) {
		const [issued] = yield* run(
			tx
				.insert(certificates)
				.values({ ...facts, code: newCertificateCode() })
				.onConflictDoNothing()
				.returning()
		);
		if (issued) return issued;
		const [existing] = yield* run(
			tx.select().from(certificates).where(eq(certificates.resultId, facts.resultId)).limit(1)
		);
		if (existing) return existing;
		if (draw >= CODE_DRAWS) throw new Error('No free certificate code was drawn.');
	}
}

/** `issueCertificateStep` as a transaction of its own. */
export function issueCertificate(db: DB, facts: CertificateFacts): Promise<Certificate> {
	return transaction(db, (tx) => issueCertificateStep(tx, facts));
}
