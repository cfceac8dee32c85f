import { storeLearner } from '$lib/server/testing/fixtures';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { DB } from '$lib/server/db';
import {
	items,
	itemVersions,
	itemVersionTallies,
	optionPicks,
	stemPicks,
	textPicks,
	type Response
} from '$lib/server/db/tables';
import { contentDatabase } from '$lib/server/testing/content';
import { beginSession } from './build';
import { transaction } from '$lib/server/db/steps';
import { COMMON_WRONG_MINIMUM, PEER_MINIMUM, peerOptionShares, rebuildTalliesStep } from './peers';
import { finishSession, submitAnswer } from './session';

async function singleBestAnswerItem(db: DB) {
	const row = (
		await db
			.select({
				itemId: items.id,
				bankId: items.bankId,
				itemVersionId: items.currentVersionId,
				spec: itemVersions.spec
			})
			.from(items)
			.innerJoin(itemVersions, eq(itemVersions.id, items.currentVersionId))
	).find((r) => r.spec.type === 'single-best-answer')!;
	return {
		itemId: row.itemId,
		bankId: row.bankId,
		itemVersionId: row.itemVersionId!,
		optionCount: row.spec.options.length,
		stemIds: [] as string[]
	};
}

async function matchingItem(db: DB) {
	const row = (
		await db
			.select({
				itemId: items.id,
				bankId: items.bankId,
				itemVersionId: items.currentVersionId,
				spec: itemVersions.spec
			})
			.from(items)
			.innerJoin(itemVersions, eq(itemVersions.id, items.currentVersionId))
	).find((r) => r.spec.type === 'extended-matching' && (r.spec.stems?.length ?? 0) >= 2)!;
	return {
		itemId: row.itemId,
		bankId: row.bankId,
		itemVersionId: row.itemVersionId!,
		optionCount: row.spec.options.length,
		stemIds: row.spec.stems!.map((s) => s.id)
	};
}

async function shortAnswerItem(db: DB) {
	const row = (
		await db
			.select({
				itemId: items.id,
				bankId: items.bankId,
				itemVersionId: items.currentVersionId,
				spec: itemVersions.spec
			})
			.from(items)
			.innerJoin(itemVersions, eq(itemVersions.id, items.currentVersionId))
	).find((r) => r.spec.type === 'short-answer' && r.spec.shortAnswer?.unit === 'cm')!;
	return {
		itemId: row.itemId,
		bankId: row.bankId,
		itemVersionId: row.itemVersionId!,
		optionCount: 0,
		stemIds: [] as string[],
		shortAnswer: row.spec.shortAnswer!
	};
}

async function answerAs(
	db: DB,
	item: { itemId: string; bankId: string },
	chosen: number | Response,
	mode: 'tutor' | 'timed' = 'tutor'
) {
	const learner = await storeLearner(db);
	const start = await beginSession(db, learner.id, {
		mode,
		settings: {
			bankIds: [item.bankId],
			selection: 'all',
			difficulty: 'any',
			audience: 'any',
			requestedCount: 1,
			itemIds: [item.itemId]
		}
	});
	if (!start.ok) throw new Error(start.message);
	const response: Response =
		typeof chosen === 'number' ? { kind: 'choice', chosen: [chosen] } : chosen;
	const result = await submitAnswer(db, start.session, 1, response, null);
	if (!result.ok) throw new Error(result.reason);
	return { learner, session: start.session };
}

async function tallies(db: DB) {
	return {
		answered: await db.select().from(itemVersionTallies),
		picks: (await db.select().from(optionPicks)).sort(
			(a, b) => a.itemVersionId - b.itemVersionId || a.option - b.option
		),
		stemPicks: (await db.select().from(stemPicks)).sort(
			(a, b) =>
				a.itemVersionId - b.itemVersionId || a.stemId.localeCompare(b.stemId) || a.option - b.option
		),
		textPicks: (await db.select().from(textPicks)).sort(
			(a, b) => a.itemVersionId - b.itemVersionId || a.answer.localeCompare(b.answer)
		)
	};
}

describe('peer option shares', () => {
	it('appear once enough others have answered, and leave out the learner’s own answer', async () => {
		const db = await contentDatabase();
		const item = await singleBestAnswerItem(db);
		const { learner } = await answerAs(db, item, 0);
		const others = [0, 1, 1, 1];
		for (const chosen of others) await answerAs(db, item, chosen);
		expect(others.length).toBe(PEER_MINIMUM - 1);
		expect(await peerOptionShares(db, item, learner.id)).toBeNull();

		await answerAs(db, item, 2);
		const shares = await peerOptionShares(db, item, learner.id);
		expect(shares?.answered).toBe(5);
		expect(shares?.optionShares.slice(0, 3)).toEqual([0.2, 0.6, 0.2]);
	});

	it('count a timed answer only once its test is finalised', async () => {
		const db = await contentDatabase();
		const item = await singleBestAnswerItem(db);
		const { session } = await answerAs(db, item, 1, 'timed');
		expect((await tallies(db)).answered).toEqual([]);
		await finishSession(db, session.id);
		expect((await tallies(db)).answered).toEqual([
			{ itemVersionId: item.itemVersionId, answered: 1 }
		]);
		expect((await tallies(db)).picks).toEqual([
			{ itemVersionId: item.itemVersionId, option: 1, picks: 1 }
		]);
	});

	it('are rebuilt from the answers to the same counts as kept while answering', async () => {
		const db = await contentDatabase();
		const item = await singleBestAnswerItem(db);
		for (const chosen of [0, 1, 1]) await answerAs(db, item, chosen);
		const finished = await answerAs(db, item, 2, 'timed');
		await finishSession(db, finished.session.id);
		await answerAs(db, item, 3, 'timed');
		const kept = await tallies(db);
		await transaction(db, (tx) => rebuildTalliesStep(db, tx));
		expect(await tallies(db)).toEqual(kept);
		expect(kept.answered[0].answered).toBe(4);
	});

	it('show an extended-matching set scenario by scenario, each adding up to the whole', async () => {
		const db = await contentDatabase();
		const item = await matchingItem(db);
		const [first, second] = item.stemIds;
		const matched = (a: number | null, b: number | null): Response => ({
			kind: 'matching',
			chosen: Object.fromEntries(item.stemIds.map((id, i) => [id, i === 0 ? a : i === 1 ? b : 0]))
		});
		const { learner } = await answerAs(db, item, matched(7, 7));
		for (const [a, b] of [
			[0, 1],
			[0, 1],
			[0, 2],
			[1, null],
			[2, 1]
		] as const)
			await answerAs(db, item, matched(a, b));

		const shares = (await peerOptionShares(db, item, learner.id))!;
		expect(shares.answered).toBe(5);
		expect(shares.optionShares).toEqual([]);
		expect(shares.scenarios.map((s) => s.stemId)).toEqual(item.stemIds);
		const [one, two] = shares.scenarios;
		expect(one.stemId).toBe(first);
		expect(one.optionShares.slice(0, 3)).toEqual([0.6, 0.2, 0.2]);
		expect(one.optionShares[7]).toBe(0);
		expect(two.stemId).toBe(second);
		expect(two.optionShares.slice(0, 3)).toEqual([0, 0.6, 0.2]);
		expect(two.blank).toBeCloseTo(0.2);
		for (const scenario of shares.scenarios)
			expect(scenario.optionShares.reduce((a, b) => a + b, 0) + scenario.blank).toBeCloseTo(1);
	});

	it('rebuild the per-scenario tallies to the same counts as kept while answering', async () => {
		const db = await contentDatabase();
		const item = await matchingItem(db);
		const matched = (option: number | null): Response => ({
			kind: 'matching',
			chosen: Object.fromEntries(item.stemIds.map((id) => [id, option]))
		});
		for (const option of [0, 1, null]) await answerAs(db, item, matched(option));
		const kept = await tallies(db);
		expect(kept.stemPicks).toHaveLength(3 * item.stemIds.length);
		await transaction(db, (tx) => rebuildTalliesStep(db, tx));
		expect(await tallies(db)).toEqual(kept);
	});

	it('show a short answer as the share right and the wrong answers typed most, spelled one way', async () => {
		const db = await contentDatabase();
		const item = await shortAnswerItem(db);
		const key = item.shortAnswer.accepted[0];
		const typed = (text: string): Response => ({ kind: 'text', text });
		const { learner } = await answerAs(db, item, typed('5 cm'));
		for (const text of [`${key} cm`, `${key}`, '5cm', '5 centimetres', 'Five', '2 cm', 'My name'])
			await answerAs(db, item, typed(text));

		const shares = (await peerOptionShares(db, item, learner.id))!;
		expect(shares.answered).toBe(7);
		expect(shares.optionShares).toEqual([]);
		expect(shares.typed?.right).toBeCloseTo(2 / 7);
		// The learner's own "5 cm" is left out; one learner's answer alone is never shown.
		expect(shares.typed?.commonWrong).toEqual([{ answer: '5', share: 3 / 7 }]);
		expect(COMMON_WRONG_MINIMUM).toBe(2);
	});

	it('count a typed answer once, in the form it is compared in, and rebuild to the same counts', async () => {
		const db = await contentDatabase();
		const item = await shortAnswerItem(db);
		for (const text of ['Three CM', '3.0', '4 cm'])
			await answerAs(db, item, { kind: 'text', text });
		const kept = await tallies(db);
		expect(kept.textPicks.map((p) => [p.answer, p.picks])).toEqual([
			['3', 2],
			['4', 1]
		]);
		expect(kept.picks).toEqual([]);
		await transaction(db, (tx) => rebuildTalliesStep(db, tx));
		expect(await tallies(db)).toEqual(kept);
	});
});
