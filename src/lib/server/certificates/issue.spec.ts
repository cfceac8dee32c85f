import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { certificates } from '$lib/server/db/tables';
import { getCertificate } from '$lib/server/cohorts/module-results';
import { passedResult } from '$lib/server/testing/cohorts';
import { testDatabase } from '$lib/server/testing/db';
import { issueCertificate, newCertificateCode } from './issue';

describe('issuing a certificate', () => {
	it('issues one for a passed result, found by its code in any case', async () => {
		const db = await testDatabase();
		const facts = await passedResult(db);
		const issued = await issueCertificate(db, facts);
		expect(issued).toMatchObject(facts);
		expect(issued.code).toMatch(/^[A-Z2-7]{16}$/);
		expect(await getCertificate(db, ` ${issued.code.toLowerCase()} `)).toEqual(issued);
	});

	it('gives the certificate already issued when asked again, with its code unchanged', async () => {
		const db = await testDatabase();
		const facts = await passedResult(db);
		const first = await issueCertificate(db, facts);
		const again = await issueCertificate(db, { ...facts, learnerName: 'Renamed' });
		expect(again).toEqual(first);
		const stored = await db
			.select()
			.from(certificates)
			.where(eq(certificates.resultId, facts.resultId));
		expect(stored).toEqual([first]);
	});

	it('draws codes of sixteen letters and digits that are not repeated', () => {
		const codes = new Set(Array.from({ length: 200 }, newCertificateCode));
		expect(codes.size).toBe(200);
		for (const code of codes) expect(code).toMatch(/^[A-Z2-7]{16}$/);
	});
});
