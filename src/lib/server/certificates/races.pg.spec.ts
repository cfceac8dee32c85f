import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { certificates } from '$lib/server/db/tables';
import { passedResult } from '$lib/server/testing/cohorts';
import { runningOnPostgres } from '$lib/server/testing/db';
import { twentyAtOnce, twoServers } from '$lib/server/testing/two-servers';
import { issueCertificate } from './issue';

describe.skipIf(!runningOnPostgres)('certificates on PostgreSQL, with two servers racing', () => {
	it('issues one certificate with one code for twenty issues of one passed result at once', async () => {
		const servers = await twoServers();
		const facts = await passedResult(servers[0]);
		const issued = await twentyAtOnce(servers, (db) => issueCertificate(db, facts));
		const stored = await servers[0]
			.select()
			.from(certificates)
			.where(eq(certificates.resultId, facts.resultId));
		expect(stored).toHaveLength(1);
		expect(new Set(issued.map((c) => c.code))).toEqual(new Set([stored[0].code]));
	});
});
