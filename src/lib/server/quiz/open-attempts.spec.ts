import { storeLearner } from '$lib/server/testing/fixtures';
import { describe, expect, it } from 'vitest';
import type { DB } from '$lib/server/db';
import type { QuizSession, SessionSettings } from '$lib/server/db/tables';
import { contentDatabase } from '$lib/server/testing/content';
import { loadProgress } from '$lib/server/progress/queries';
import { beginSession } from './build';
import { heldBackItemIdsStep } from './open-attempts';
import { perform } from '$lib/server/db/steps';
import { finishSession, loadSlot, submitAnswer } from './session';
import { readItemPage, readResults } from './view';

const bank: SessionSettings = {
	bankIds: ['clinical-trials'],
	selection: 'all',
	difficulty: 'any',
	audience: 'any',
	requestedCount: 100
};

async function start(
	db: DB,
	userId: string,
	mode: 'tutor' | 'timed',
	settings: Partial<SessionSettings> = {}
) {
	const result = await beginSession(db, userId, { mode, settings: { ...bank, ...settings } });
	if (!result.ok) throw new Error(result.message);
	return result.session;
}

async function answer(db: DB, session: QuizSession, position: number, right: boolean) {
	const { spec } = (await loadSlot(db, session.id, position))!;
	const chosen = right
		? spec.options.flatMap((o, i) => (o.correct ? [i] : []))
		: [spec.options.findIndex((o) => !o.correct)];
	return await submitAnswer(db, session, position, { kind: 'choice', chosen }, 'sure');
}

/** A learner in an open timed test of the whole bank: question 1 answered right, 2 wrong. */
async function midTest() {
	const db = await contentDatabase();
	const learner = await storeLearner(db);
	const test = await start(db, learner.id, 'timed');
	expect((await answer(db, test, 1, true)).ok).toBe(true);
	expect((await answer(db, test, 2, false)).ok).toBe(true);
	const right = (await loadSlot(db, test.id, 1))!.itemId;
	const wrong = (await loadSlot(db, test.id, 2))!.itemId;
	return { db, learner, test, right, wrong };
}

describe('items of an open timed test', () => {
	it('are served by no other session, so their key cannot be read in tutor mode', async () => {
		const { db, learner, right, wrong } = await midTest();
		for (const itemId of [right, wrong])
			for (const mode of ['tutor', 'timed'] as const)
				expect(
					await beginSession(db, learner.id, { mode, settings: { ...bank, itemIds: [itemId] } })
				).toEqual({
					ok: false,
					message: expect.stringMatching(/No questions match/)
				});
	});

	it('give the same answer to "practise my wrong answers" whether they were answered right or wrong', async () => {
		const { db, learner, right, wrong } = await midTest();
		const outcome = async (itemId: string) =>
			(
				await beginSession(db, learner.id, {
					mode: 'tutor',
					settings: { ...bank, selection: 'wrong', itemIds: [itemId] }
				})
			).ok;
		expect(await outcome(right)).toBe(await outcome(wrong));
	});

	it('count nowhere in progress until the test is marked', async () => {
		const { db, learner, test } = await midTest();
		const during = await loadProgress(db, learner);
		expect(during).toMatchObject({ answered: 0, correct: 0, confidentlyWrong: [], weeks: [] });
		expect(during.banks.every((b) => b.seen === 0)).toBe(true);

		await finishSession(db, test.id);
		const after = await loadProgress(db, learner);
		expect(after).toMatchObject({ answered: 2, correct: 1 });
		expect(after.confidentlyWrong).toHaveLength(1);
	});

	it('cannot be answered in a tutor session begun before the test, and show no feedback there', async () => {
		const db = await contentDatabase();
		const learner = await storeLearner(db);
		const tutor = await start(db, learner.id, 'tutor');
		expect((await answer(db, tutor, 1, true)).ok).toBe(true);
		const test = await start(db, learner.id, 'timed');
		expect((await perform(db, heldBackItemIdsStep(db, db, learner.id))).size).toBe(test.itemCount);

		const seen = (await readItemPage(db, tutor, 1))!.page;
		expect(seen).toMatchObject({ heldBack: true, feedback: null });
		const unseen = (await readItemPage(db, tutor, 2))!.page;
		expect(unseen).toMatchObject({ heldBack: true, feedback: null });
		expect(await answer(db, tutor, 2, true)).toEqual({ ok: false, reason: 'held-back' });

		await finishSession(db, test.id);
		expect((await readItemPage(db, tutor, 1))!.page).toMatchObject({ heldBack: false });
		expect((await readItemPage(db, tutor, 1))!.page.feedback).not.toBeNull();
		expect((await answer(db, tutor, 2, true)).ok).toBe(true);
	});

	it('refuse an answer sent again to a question answered before the test, rather than hand the earlier one back', async () => {
		const db = await contentDatabase();
		const learner = await storeLearner(db);
		const tutor = await start(db, learner.id, 'tutor');
		expect((await answer(db, tutor, 1, false)).ok).toBe(true);
		const test = await start(db, learner.id, 'timed');
		expect(await answer(db, tutor, 1, false)).toEqual({ ok: false, reason: 'held-back' });

		await finishSession(db, test.id);
		expect(await answer(db, tutor, 1, false)).toMatchObject({ ok: true, repeated: true });
	});

	it('are left out of the "confidently wrong" list while the test is open', async () => {
		const db = await contentDatabase();
		const learner = await storeLearner(db);
		const earlier = await start(db, learner.id, 'tutor', { requestedCount: 2 });
		for (const p of [1, 2]) await answer(db, earlier, p, false);
		expect((await loadProgress(db, learner)).confidentlyWrong).toHaveLength(2);
		const test = await start(db, learner.id, 'timed');
		expect((await loadProgress(db, learner)).confidentlyWrong).toEqual([]);
		await finishSession(db, test.id);
		expect((await loadProgress(db, learner)).confidentlyWrong).toHaveLength(2);
	});

	it('keep their review out of the results of earlier sessions until the test is marked', async () => {
		const db = await contentDatabase();
		const learner = await storeLearner(db);
		const earlier = await start(db, learner.id, 'tutor', { requestedCount: 3 });
		for (const p of [1, 2, 3]) await answer(db, earlier, p, p !== 2);
		await finishSession(db, earlier.id);
		const finished = async () => (await readResults(db, { ...earlier, status: 'finished' }))!;
		const before = await finished();

		const test = await start(db, learner.id, 'timed');
		const during = await finished();
		expect(during.review.map((r) => r.heldBack)).toEqual([true, true, true]);
		expect(
			during.review.every((r) => r.spec === null && r.response === null && r.correct === null)
		).toBe(true);
		expect(during.marks).toBe(before.marks);

		await finishSession(db, test.id);
		expect((await finished()).review).toEqual(before.review);
	});

	it('are named on the test page by session and position only, never by the item id', async () => {
		const { db, test, right } = await midTest();
		for (const position of [1, 2, 3]) {
			const sent = JSON.stringify((await readItemPage(db, test, position))!.page);
			expect(sent).not.toContain(right);
			expect(sent).not.toContain((await loadSlot(db, test.id, position))!.itemId);
		}
	});

	it('are released when the test is marked, and another learner is never affected', async () => {
		const { db, learner, test, right } = await midTest();
		const other = await storeLearner(db);
		expect((await start(db, other.id, 'tutor', { itemIds: [right] })).itemCount).toBe(1);
		await finishSession(db, test.id);
		expect((await perform(db, heldBackItemIdsStep(db, db, learner.id))).size).toBe(0);
		expect((await start(db, learner.id, 'tutor', { itemIds: [right] })).itemCount).toBe(1);
	});
});

describe('a tutor answer sent twice with no timed test open', () => {
	it('is kept as first given, not refused as held back', async () => {
		const db = await contentDatabase();
		const learner = await storeLearner(db);
		const tutor = await start(db, learner.id, 'tutor');
		const first = await answer(db, tutor, 1, true);
		if (!first.ok) throw new Error(first.reason);
		expect(await answer(db, tutor, 1, false)).toEqual({
			ok: true,
			answer: first.answer,
			repeated: true
		});
	});
});
