import { storeLearner } from '$lib/server/testing/fixtures';
import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { DB } from '$lib/server/db';
import { openPostgres, type PgDB } from '$lib/server/db/pg';
import {
	answers,
	itemScoreSums,
	itemStatScopes,
	itemVersionTallies,
	moduleResults,
	quizSessions,
	reviewCards,
	userBankStats,
	type QuizSession
} from '$lib/server/db/tables';
import { TOTALS_DEFINITION } from '$lib/server/analytics/kept-statements';
import { beginModuleAttempt } from '$lib/server/cohorts/attempts';
import { assignedModule, contentDatabase } from '$lib/server/testing/content';
import { runningOnPostgres } from '$lib/server/testing/db';
import { beginSession } from './build';
import { finaliseExpiredSessions, finishSession, loadSlot, submitAnswer } from './session';

const PARALLEL = 20;
const BANK = 'clinical-trials';
const T0 = new Date('2026-06-01T09:00:00Z');

/**
 * The test database, holding one bank, and a second handle on it with a pool of its own: two app
 * servers. Requests alternate between them, so no two that race share a connection.
 */
async function twoServers(): Promise<[DB, DB]> {
	const db = await contentDatabase([BANK]);
	const url = (db as unknown as PgDB).$client.options.connectionString!;
	const other = openPostgres(url, { max: 10, allowExitOnIdle: true });
	return [db, other as unknown as DB];
}

const settings = (requestedCount: number) => ({
	bankIds: [BANK],
	selection: 'all' as const,
	difficulty: 'any' as const,
	audience: 'any' as const,
	requestedCount
});

async function started(db: DB, userId: string, mode: 'tutor' | 'timed', count: number) {
	const result = await beginSession(
		db,
		userId,
		{ mode, settings: settings(count), secondsPerItem: 60 },
		T0
	);
	if (!result.ok) throw new Error(result.message);
	return result.session;
}

/** A choice the item accepts as an answer: its first option. */
async function answerFirstOption(db: DB, session: QuizSession, position: number, at = T0) {
	const slot = (await loadSlot(db, session.id, position))!;
	const response = slot.spec.stems?.length
		? {
				kind: 'matching' as const,
				chosen: Object.fromEntries(slot.spec.stems.map((s) => [s.id, 0]))
			}
		: { kind: 'choice' as const, chosen: [0] };
	return submitAnswer(db, session, position, response, 'sure', at);
}

/** Item-analysis totals kept for all learners, so that finishing a session writes to them. */
async function keepTotalsForAll(db: DB) {
	await db.insert(itemStatScopes).values({ key: '*', definition: TOTALS_DEFINITION, builtAt: T0 });
}

async function countedAnswers(db: DB) {
	const [row] = await db
		.select({ n: sql<number>`cast(coalesce(sum(${itemScoreSums.answers}), 0) as integer)` })
		.from(itemScoreSums)
		.where(eq(itemScoreSums.counting, 'all'));
	return row.n;
}

const moduleFor = (db: DB, learnerId: string, attemptsAllowed: number | null) =>
	assignedModule(db, learnerId, { bankIds: [BANK], attemptsAllowed }, T0);

describe.skipIf(!runningOnPostgres)('on PostgreSQL, with two servers racing', () => {
	it('keeps one of twenty copies of a tutor answer sent at once, and counts it once', async () => {
		const servers = await twoServers();
		const learner = await storeLearner(servers[0]);
		const session = await started(servers[0], learner.id, 'tutor', 2);
		const results = await Promise.all(
			Array.from({ length: PARALLEL }, (_, i) => answerFirstOption(servers[i % 2], session, 1))
		);
		expect(results.every((r) => r.ok)).toBe(true);
		expect(results.filter((r) => r.ok && !r.repeated)).toHaveLength(1);
		const ids = new Set(results.map((r) => (r.ok ? r.answer.id : null)));
		expect(ids.size).toBe(1);
		expect(await servers[0].select().from(answers)).toHaveLength(1);
		const [stats] = await servers[0]
			.select()
			.from(userBankStats)
			.where(eq(userBankStats.userId, learner.id));
		expect(stats.answered).toBe(1);
		const [tally] = await servers[0].select().from(itemVersionTallies);
		expect(tally.answered).toBe(1);
		const cards = await servers[0].select().from(reviewCards);
		expect(cards).toHaveLength(1);
		expect(cards[0].reps).toBe(1);
	});

	it('finishes a module attempt once when twenty finishes arrive at once: one result, one finish order, counted once', async () => {
		const servers = await twoServers();
		await keepTotalsForAll(servers[0]);
		const learner = await storeLearner(servers[0]);
		const module = await moduleFor(servers[0], learner.id, null);
		const attempt = await beginModuleAttempt(servers[0], learner.id, module, T0);
		if (!attempt.ok) throw new Error(attempt.message);
		const [session] = await servers[0]
			.select()
			.from(quizSessions)
			.where(eq(quizSessions.id, attempt.sessionId));
		for (let position = 1; position <= session.itemCount; position++)
			await answerFirstOption(servers[0], session, position);
		const finished = await Promise.all(
			Array.from({ length: PARALLEL }, (_, i) =>
				finishSession(servers[i % 2], session.id, new Date(T0.getTime() + 60_000))
			)
		);
		expect(finished.filter(Boolean)).toHaveLength(1);
		const [after] = await servers[0]
			.select()
			.from(quizSessions)
			.where(eq(quizSessions.id, session.id));
		expect(after).toMatchObject({ status: 'finished', finishOrder: 1 });
		expect(
			await servers[0].select().from(moduleResults).where(eq(moduleResults.sessionId, session.id))
		).toHaveLength(1);
		const [stats] = await servers[0]
			.select()
			.from(userBankStats)
			.where(eq(userBankStats.userId, learner.id));
		expect(stats.answered).toBe(session.itemCount);
		expect(await countedAnswers(servers[0])).toBe(session.itemCount);
	});

	it('gives twenty sessions finished at once twenty different finish orders, in the order committed', async () => {
		const servers = await twoServers();
		await keepTotalsForAll(servers[0]);
		const sessions: QuizSession[] = [];
		for (let i = 0; i < PARALLEL; i++) {
			const learner = await storeLearner(servers[0]);
			const session = await started(servers[0], learner.id, 'tutor', 2);
			await answerFirstOption(servers[0], session, 1);
			await answerFirstOption(servers[0], session, 2);
			sessions.push(session);
		}
		const finished = await Promise.all(
			sessions.map((s, i) => finishSession(servers[i % 2], s.id, T0))
		);
		expect(finished.every(Boolean)).toBe(true);
		const orders = (await servers[0].select({ n: quizSessions.finishOrder }).from(quizSessions))
			.map((r) => r.n)
			.sort((a, b) => a! - b!);
		expect(orders).toEqual(Array.from({ length: PARALLEL }, (_, i) => i + 1));
		expect(await countedAnswers(servers[0])).toBe(2 * PARALLEL);
	});

	it('starts one attempt of twenty asked for at once, within an attempt limit of two', async () => {
		const servers = await twoServers();
		const learner = await storeLearner(servers[0]);
		const module = await moduleFor(servers[0], learner.id, 2);
		const first = await beginModuleAttempt(servers[0], learner.id, module, T0);
		if (!first.ok) throw new Error(first.message);
		expect(await finishSession(servers[0], first.sessionId, T0)).toBe(true);
		const later = new Date(T0.getTime() + 3_600_000);
		const results = await Promise.all(
			Array.from({ length: PARALLEL }, (_, i) =>
				beginModuleAttempt(servers[i % 2], learner.id, module, later)
			)
		);
		expect(results.filter((r) => r.ok)).toHaveLength(1);
		const attempts = await servers[0]
			.select()
			.from(quizSessions)
			.where(and(eq(quizSessions.userId, learner.id), eq(quizSessions.moduleId, module.id)));
		expect(attempts).toHaveLength(2);
	});

	it('finalises each expired test once when two servers sweep at once', async () => {
		const servers = await twoServers();
		await keepTotalsForAll(servers[0]);
		const expired = 60;
		for (let i = 0; i < expired; i++) {
			const learner = await storeLearner(servers[0]);
			const session = await started(servers[0], learner.id, 'timed', 2);
			await answerFirstOption(servers[0], session, 1);
		}
		const past = new Date(T0.getTime() + 3_600_000);
		const swept = await Promise.all([
			finaliseExpiredSessions(servers[0], past),
			finaliseExpiredSessions(servers[1], past)
		]);
		expect(swept[0] + swept[1]).toBe(expired);
		const orders = (await servers[0].select({ n: quizSessions.finishOrder }).from(quizSessions))
			.map((r) => r.n)
			.sort((a, b) => a! - b!);
		expect(orders).toEqual(Array.from({ length: expired }, (_, i) => i + 1));
		const [settled] = await servers[0]
			.select({ n: sql<number>`cast(sum(${userBankStats.answered}) as integer)` })
			.from(userBankStats);
		expect(settled.n).toBe(expired);
		expect(await countedAnswers(servers[0])).toBe(expired);
	});
});
