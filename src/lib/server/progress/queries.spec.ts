import { banks } from '$lib/content';
import { describe, expect, it } from 'vitest';
import { contentDatabase } from '$lib/server/testing/content';
import { makeLearner } from '$lib/server/testing/fixtures';
import { beginSession } from '$lib/server/quiz/build';
import { loadSlot, submitAnswer } from '$lib/server/quiz/session';
import type { DB } from '$lib/server/db';
import { loadProgress } from './queries';

const settings = (bankIds: string[], requestedCount: number) => ({
	bankIds,
	selection: 'all' as const,
	difficulty: 'any' as const,
	audience: 'any' as const,
	requestedCount
});

async function answerSession(
	db: DB,
	userId: string,
	bankId: string,
	pattern: boolean[],
	now: Date
) {
	const start = await beginSession(
		db,
		userId,
		{ mode: 'tutor', settings: settings([bankId], pattern.length) },
		now
	);
	if (!start.ok) throw new Error(start.message);
	for (const [i, right] of pattern.entries()) {
		const { spec } = (await loadSlot(db, start.session.id, i + 1))!;
		const chosen = right
			? spec.options.flatMap((o, j) => (o.correct ? [j] : []))
			: [spec.options.findIndex((o) => !o.correct)];
		const response =
			spec.type === 'extended-matching'
				? {
						kind: 'matching' as const,
						chosen: Object.fromEntries(
							spec.stems!.map((s) => [
								s.id,
								right ? s.answer : (s.answer + 1) % spec.options.length
							])
						)
					}
				: { kind: 'choice' as const, chosen };
		await submitAnswer(
			db,
			start.session,
			i + 1,
			response,
			right ? null : 'sure',
			new Date(now.getTime() + (i + 1) * 10_000)
		);
	}
}

describe('the progress page figures', () => {
	it('are empty but well-formed for a learner with no answers', async () => {
		const db = await contentDatabase();
		const learner = await makeLearner(db);
		const progress = await loadProgress(db, learner);
		expect(progress.answered).toBe(0);
		expect(progress.streakDays).toBe(0);
		expect(progress.weeks).toEqual([]);
		expect(progress.banks.every((b) => b.seen === 0 && b.share === null)).toBe(true);
	});

	it('count answers in their bank, list confidently wrong items and the session history', async () => {
		const db = await contentDatabase();
		const learner = await makeLearner(db);
		const now = new Date();
		await answerSession(db, learner.id, 'clinical-trials', [true, false, true, true], now);
		const progress = await loadProgress(db, learner, new Date(now.getTime() + 60_000));
		expect(progress.answered).toBe(4);
		expect(progress.correct).toBe(3);
		expect(progress.streakDays).toBe(1);
		const trials = progress.banks.find((b) => b.bankId === 'clinical-trials')!;
		const bankSize = banks.find((b) => b.id === 'clinical-trials')!.items.length;
		expect(trials).toMatchObject({ seen: 4, correct: 3, total: bankSize, share: 0.75 });
		expect(progress.banks.find((b) => b.bankId === 'ablation')?.seen).toBe(0);
		expect(progress.confidentlyWrong).toHaveLength(1);
		expect(progress.history).toHaveLength(1);
		expect(progress.weeks.reduce((n, w) => n + w.answered, 0)).toBe(4);
	});

	it('show a percentile only once five peers have answered the bank', async () => {
		const db = await contentDatabase();
		const now = new Date();
		const me = await makeLearner(db);
		await answerSession(db, me.id, 'clinical-trials', [true, true, true, false], now);
		for (let i = 0; i < 4; i++) {
			const peer = await makeLearner(db);
			await answerSession(db, peer.id, 'clinical-trials', [true, false, false, false], now);
		}
		expect(
			(await loadProgress(db, me)).banks.find((b) => b.bankId === 'clinical-trials')?.percentile
		).toBeNull();
		const fifth = await makeLearner(db);
		await answerSession(db, fifth.id, 'clinical-trials', [true, true, true, true], now);
		const bank = (await loadProgress(db, me)).banks.find((b) => b.bankId === 'clinical-trials')!;
		expect(bank.peers).toBe(5);
		expect(bank.percentile).toBe(80);
	});
});
