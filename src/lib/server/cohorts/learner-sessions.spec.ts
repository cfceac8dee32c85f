import { describe, expect, it } from 'vitest';
import type { DB } from '$lib/server/db';
import { banks, quizSessions } from '$lib/server/db/tables';
import { testDatabase } from '$lib/server/testing/db';
import { storeLearner } from '$lib/server/testing/fixtures';
import { listLearnerSessions } from './learner-sessions';

const START = Date.parse('2026-06-01T09:00:00Z');

async function session(
	db: DB,
	userId: string,
	n: number,
	fields: Partial<typeof quizSessions.$inferInsert> = {}
) {
	await db.insert(quizSessions).values({
		id: `s${n}`,
		userId,
		mode: 'tutor',
		status: 'finished',
		settings: {
			bankIds: ['b2', 'b1'],
			selection: 'all',
			difficulty: 'any',
			audience: 'any',
			requestedCount: 4
		},
		itemCount: 4,
		startedAt: new Date(START + n * 60_000),
		finishedAt: new Date(START + n * 60_000 + 90_000),
		marks: 3,
		maxMarks: 4,
		...fields
	});
}

describe('a learner’s sessions as an educator sees them', () => {
	it('come latest first, naming their banks in bank order, with the score only once finished', async () => {
		const db = await testDatabase();
		const learner = await storeLearner(db);
		const other = await storeLearner(db);
		await db.insert(banks).values([
			{ id: 'b1', title: 'Surgery', description: '', position: 1 },
			{ id: 'b2', title: 'Ablation', description: '', position: 2 }
		]);
		await session(db, learner.id, 1);
		await session(db, learner.id, 2, { status: 'active', finishedAt: null, marks: null });
		await session(db, learner.id, 3, { itemCount: 0 });
		await session(db, other.id, 4);
		const sessions = await listLearnerSessions(db, learner.id);
		expect(sessions.map((s) => s.id)).toEqual(['s2', 's1']);
		expect(sessions[1]).toMatchObject({
			mode: 'tutor',
			moduleTitle: null,
			bankTitles: ['Surgery', 'Ablation'],
			itemCount: 4,
			finished: { scorePercent: 75, durationMs: 90_000 }
		});
		expect(sessions[0].finished).toBeNull();
	});

	it('is empty for a learner who has none', async () => {
		const db = await testDatabase();
		const learner = await storeLearner(db);
		expect(await listLearnerSessions(db, learner.id)).toEqual([]);
	});
});
