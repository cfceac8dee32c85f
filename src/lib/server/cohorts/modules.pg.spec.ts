import { banks, loadSourceDocument } from '$lib/content';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { loadBanks } from '$lib/server/bank/sync';
import { trainingModules } from '$lib/server/db/tables';
import { runningOnPostgres } from '$lib/server/testing/db';
import { storeLearner } from '$lib/server/testing/fixtures';
import { twentyAtOnce, twoServers } from '$lib/server/testing/two-servers';
import { createCohort } from './cohorts';
import type { ModuleInput } from './modules';
import { assignModule } from './preview';
import { newId } from '$lib/server/ids';

const input: ModuleInput = {
	title: 'Trials awareness',
	bankIds: ['clinical-trials'],
	audience: 'any',
	difficulty: 'any',
	itemCount: 2,
	secondsPerItem: 60,
	passMark: 80,
	due: { kind: 'after-joining', days: 14 },
	attemptsAllowed: null,
	renewalDays: null
};

describe.skipIf(!runningOnPostgres)('modules on PostgreSQL, with two servers racing', () => {
	it('assigns one module when one form is sent twenty times at once, and answers each with it', async () => {
		const servers = await twoServers();
		await loadBanks(
			servers[0],
			loadSourceDocument(),
			banks.filter((b) => b.id === 'clinical-trials')
		);
		const educator = await storeLearner(servers[0]);
		const cohort = await createCohort(servers[0], educator.id, {
			name: 'Ward 7',
			description: ''
		});
		const moduleId = newId();
		const results = await twentyAtOnce(servers, (db) =>
			assignModule(db, cohort.id, educator.id, input, moduleId)
		);
		expect(results.map((r) => r.ok && r.module.id)).toEqual(results.map(() => moduleId));
		const assigned = await servers[0]
			.select()
			.from(trainingModules)
			.where(eq(trainingModules.cohortId, cohort.id));
		expect(assigned).toHaveLength(1);
	});
});
