import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { DB } from '$lib/server/db';
import { cohorts, itemStatScopes, type QuizSession } from '$lib/server/db/tables';
import { joinCohort } from '$lib/server/cohorts/cohorts';
import { finishSession } from '$lib/server/quiz/session';
import { runningOnPostgres } from '$lib/server/testing/db';
import { secondServer, twentyAtOnce } from '$lib/server/testing/two-servers';
import {
	sit,
	storeWardLearner,
	wardDatabase,
	wardModule,
	WARD_ITEMS,
	type Choice
} from '$lib/server/testing/ward-bank';
import { itemAnalysis, recountItemAnalysis, type AttemptScope } from './items';
import { recountTotals } from './kept-counting';
import { keepAllTotals, keptScope, readTotals } from './kept-totals';

const T0 = Date.UTC(2026, 5, 1, 9);
const SCOPES: AttemptScope[] = ['first', 'all'];
const ITEMS = [WARD_ITEMS.A, WARD_ITEMS.B, WARD_ITEMS.C, WARD_ITEMS.E];

/** The ward bank on the test database, and a second server on it. */
async function twoWardServers(): Promise<[DB, DB]> {
	const db = await wardDatabase();
	return [db, secondServer(db)];
}

/** Answers that differ from learner to learner, so that every total has something in it. */
function choicesOf(i: number): Partial<Record<string, Choice>> {
	return {
		[WARD_ITEMS.A]: i % 2,
		[WARD_ITEMS.B]: (i >> 1) % 2,
		[WARD_ITEMS.C]: i % 5,
		[WARD_ITEMS.E]: { a: i % 3, b: i % 4 === 0 ? null : 1 }
	};
}

/** A practice session of the whole bank, answered and left open. */
const practice = (db: DB, learnerId: string, i: number) =>
	sit(db, learnerId, { practise: ITEMS }, new Date(T0 + i * 600_000), choicesOf(i));

const finish = (db: DB, session: QuizSession) =>
	finishSession(db, session.id, new Date(session.startedAt.getTime() + 300_000));

async function learners(db: DB, n: number, prefix: string): Promise<string[]> {
	const ids: string[] = [];
	for (let i = 0; i < n; i++) ids.push(await storeWardLearner(db, `${prefix}-${i}`));
	return ids;
}

/** The kept totals of a scope are those counted from every answer, and so is what a view shows. */
async function expectKeptEqualsRecount(db: DB, cohortId: string | null) {
	for (const attempts of SCOPES) {
		const scopeId = await keptScope(db, cohortId);
		const recount = await recountTotals(db, cohortId);
		expect(await readTotals(db, scopeId, attempts)).toEqual(recount[attempts]);
		const view = await itemAnalysis(db, cohortId, attempts);
		expect(view).toEqual(await recountItemAnalysis(db, cohortId, attempts, view.computedAt));
	}
}

describe.skipIf(!runningOnPostgres)('kept item-analysis totals, with two servers racing', () => {
	it('are counted once for each scope when twenty start-ups count them at once', async () => {
		const servers = await twoWardServers();
		const [db] = servers;
		const ids = await learners(db, 6, 'learner');
		const module = await wardModule(db, await storeWardLearner(db, 'educator'), ids);
		for (const [i, id] of ids.entries()) {
			await finish(db, await practice(db, id, i));
			const at = new Date(T0 + (10 + i) * 600_000);
			await finish(db, await sit(db, id, { module }, at, choicesOf(i + 1)));
		}
		await twentyAtOnce(servers, (server) => keepAllTotals(server));
		const scopes = await db.select().from(itemStatScopes);
		expect(scopes.map((s) => s.key).sort()).toEqual(['*', module.cohortId].sort());
		// Identities are handed out from 1 in a fresh database: each scope was inserted once.
		expect(Math.max(...scopes.map((s) => s.id))).toBe(scopes.length);
		await expectKeptEqualsRecount(db, null);
		await expectKeptEqualsRecount(db, module.cohortId);
	});

	it('equal a recount when learners join a cohort while their tests finish', async () => {
		const servers = await twoWardServers();
		const [db] = servers;
		const owner = await storeWardLearner(db, 'educator');
		const module = await wardModule(db, owner, await learners(db, 2, 'member'));
		const [{ joinCode }] = await db.select({ joinCode: cohorts.joinCode }).from(cohorts);
		const joining = await learners(db, 10, 'joiner');
		const sessions: QuizSession[] = [];
		for (const [i, id] of joining.entries()) sessions.push(await practice(db, id, i));
		await keepAllTotals(db);
		await twentyAtOnce(servers, async (server, i) => {
			const learner = Math.floor(i / 2);
			if (i % 2) {
				await finish(server, sessions[learner]);
				return;
			}
			await joinCohort(server, joining[learner], joinCode);
			await itemAnalysis(server, module.cohortId, 'first');
		});
		await expectKeptEqualsRecount(db, module.cohortId);
		await expectKeptEqualsRecount(db, null);
	});

	it('equal a recount when tests finish while the totals are counted again', async () => {
		const servers = await twoWardServers();
		const [db] = servers;
		const ids = await learners(db, 10, 'learner');
		const module = await wardModule(db, await storeWardLearner(db, 'educator'), ids);
		const open: QuizSession[] = [];
		for (const [i, id] of ids.entries()) {
			await finish(db, await practice(db, id, i));
			open.push(await sit(db, id, { module }, new Date(T0 + (20 + i) * 600_000), choicesOf(i)));
		}
		await keepAllTotals(db);
		// Totals counted another way, as after an upgrade: the next view counts them again.
		await db.update(itemStatScopes).set({ definition: sql`${itemStatScopes.definition} - 1` });
		await twentyAtOnce(servers, async (server, i) => {
			if (i % 2) await finish(server, open[Math.floor(i / 2)]);
			else await itemAnalysis(server, i % 4 ? module.cohortId : null, 'first');
		});
		await expectKeptEqualsRecount(db, null);
		await expectKeptEqualsRecount(db, module.cohortId);
	});
});
