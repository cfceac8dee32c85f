import { and, eq, sql } from 'drizzle-orm';
import type { DB } from '../db';
import { preparedFor } from '../db/prepared';
import type { ShortAnswerSpec } from '$lib/content/types';
import {
	answers,
	itemVersionTallies,
	optionPicks,
	stemPicks,
	textPicks,
	type Answer
} from '../db/schema';
import { versionSpec } from '../bank/versions';
import { chosenOptions } from './scoring';
import { isAccepted, normaliseAnswer } from './short-answer';

/** Peers needed before anything about how others answered is shown. */
export const PEER_MINIMUM = 5;

/** One scenario of an extended-matching set: its shares, with `blank`, add up to 1. */
export interface ScenarioShares {
	stemId: string;
	/** Share of others' answers matching each option to this scenario. */
	optionShares: number[];
	/** Share of others' answers leaving this scenario blank. */
	blank: number;
}

/** A short-answer item: how many others were right, and the wrong answers most often typed. */
export interface TypedShares {
	right: number;
	/** Most common first, at most `COMMON_WRONG_SHOWN`, each typed by `COMMON_WRONG_MINIMUM` or more. */
	commonWrong: { answer: string; share: number }[];
}

export interface PeerShares {
	answered: number;
	/** Short answer only; null for other items. */
	typed: TypedShares | null;
	/** Share of answers choosing each option of a choice item; empty for extended matching. */
	optionShares: number[];
	/** Extended matching only: each scenario on its own, as options serve every scenario. */
	scenarios: ScenarioShares[];
}

/** The most wrong answers shown to a learner, and how many others must have typed each. */
export const COMMON_WRONG_SHOWN = 3;
/** One learner's typed answer is never shown to another: it may say anything. */
export const COMMON_WRONG_MINIMUM = 2;

/** The option a scenario was left blank with, in `stemPicks`. */
const BLANK = -1;

const addAnswered = preparedFor((db) =>
	db
		.insert(itemVersionTallies)
		.values({ itemVersionId: sql.placeholder('itemVersionId'), answered: 1 })
		.onConflictDoUpdate({
			target: itemVersionTallies.itemVersionId,
			set: { answered: sql`${itemVersionTallies.answered} + 1` }
		})
		.prepare()
);

const addPick = preparedFor((db) =>
	db
		.insert(optionPicks)
		.values({
			itemVersionId: sql.placeholder('itemVersionId'),
			option: sql.placeholder('option'),
			picks: 1
		})
		.onConflictDoUpdate({
			target: [optionPicks.itemVersionId, optionPicks.option],
			set: { picks: sql`${optionPicks.picks} + 1` }
		})
		.prepare()
);

const addStemPick = preparedFor((db) =>
	db
		.insert(stemPicks)
		.values({
			itemVersionId: sql.placeholder('itemVersionId'),
			stemId: sql.placeholder('stemId'),
			option: sql.placeholder('option'),
			picks: 1
		})
		.onConflictDoUpdate({
			target: [stemPicks.itemVersionId, stemPicks.stemId, stemPicks.option],
			set: { picks: sql`${stemPicks.picks} + 1` }
		})
		.prepare()
);

const addTextPick = preparedFor((db) =>
	db
		.insert(textPicks)
		.values({
			itemVersionId: sql.placeholder('itemVersionId'),
			answer: sql.placeholder('answer'),
			picks: 1
		})
		.onConflictDoUpdate({
			target: [textPicks.itemVersionId, textPicks.answer],
			set: { picks: sql`${textPicks.picks} + 1` }
		})
		.prepare()
);

/** A typed answer in the form it is compared in, with its item version's unit. */
function typedKey(db: DB, itemVersionId: number, text: string): string {
	return normaliseAnswer(text, versionSpec(db, itemVersionId)?.shortAnswer?.unit);
}

/** Counts a final answer in its item version's tallies. */
export function tallyAnswer(db: DB, answer: Pick<Answer, 'itemVersionId' | 'response'>): void {
	const { itemVersionId, response } = answer;
	addAnswered(db).run({ itemVersionId });
	if (response.kind === 'text')
		addTextPick(db).run({ itemVersionId, answer: typedKey(db, itemVersionId, response.text) });
	for (const option of chosenOptions(response)) addPick(db).run({ itemVersionId, option });
	if (response.kind === 'matching')
		for (const [stemId, option] of Object.entries(response.chosen))
			addStemPick(db).run({ itemVersionId, stemId, option: option ?? BLANK });
}

/** Recounts every tally from the answers, e.g. after a bulk load that bypassed `tallyAnswer`. */
export function rebuildTallies(db: DB): void {
	db.transaction((tx) => {
		tx.delete(optionPicks).run();
		tx.delete(itemVersionTallies).run();
		tx.insert(itemVersionTallies)
			.select(
				tx
					.select({ itemVersionId: answers.itemVersionId, answered: sql<number>`count(*)`.as('n') })
					.from(answers)
					.where(eq(answers.settled, true))
					.groupBy(answers.itemVersionId)
			)
			.run();
		tx.run(sql`
			insert into ${optionPicks} (item_version_id, option, picks)
			select ${answers.itemVersionId}, chosen.value, count(*)
			from ${answers}, json_each(${answers.response}, '$.chosen') as chosen
			where ${answers.settled} and chosen.value is not null
			group by ${answers.itemVersionId}, chosen.value`);
		tx.delete(stemPicks).run();
		tx.run(sql`
			insert into ${stemPicks} (item_version_id, stem_id, option, picks)
			select ${answers.itemVersionId}, stem.key, coalesce(stem.value, ${BLANK}), count(*)
			from ${answers}, json_each(${answers.response}, '$.chosen') as stem
			where ${answers.settled} and json_extract(${answers.response}, '$.kind') = 'matching'
			group by ${answers.itemVersionId}, stem.key, coalesce(stem.value, ${BLANK})`);
		tx.delete(textPicks).run();
		const typed = tx
			.select({ itemVersionId: answers.itemVersionId, response: answers.response })
			.from(answers)
			.where(
				and(eq(answers.settled, true), sql`json_extract(${answers.response}, '$.kind') = 'text'`)
			)
			.all();
		for (const { itemVersionId, response } of typed)
			if (response.kind === 'text')
				addTextPick(db).run({ itemVersionId, answer: typedKey(db, itemVersionId, response.text) });
	});
}

const talliesOf = preparedFor((db) => ({
	answered: db
		.select({ answered: itemVersionTallies.answered })
		.from(itemVersionTallies)
		.where(eq(itemVersionTallies.itemVersionId, sql.placeholder('itemVersionId')))
		.prepare(),
	picks: db
		.select({ option: optionPicks.option, picks: optionPicks.picks })
		.from(optionPicks)
		.where(eq(optionPicks.itemVersionId, sql.placeholder('itemVersionId')))
		.prepare(),
	stemPicks: db
		.select({ stemId: stemPicks.stemId, option: stemPicks.option, picks: stemPicks.picks })
		.from(stemPicks)
		.where(eq(stemPicks.itemVersionId, sql.placeholder('itemVersionId')))
		.prepare(),
	textPicks: db
		.select({ answer: textPicks.answer, picks: textPicks.picks })
		.from(textPicks)
		.where(eq(textPicks.itemVersionId, sql.placeholder('itemVersionId')))
		.prepare(),
	/** The learner's own answers among those tallied, to leave out of what peers chose. */
	own: db
		.select({ response: answers.response })
		.from(answers)
		.where(
			and(
				eq(answers.userId, sql.placeholder('userId')),
				eq(answers.settled, true),
				eq(answers.itemId, sql.placeholder('itemId')),
				eq(answers.itemVersionId, sql.placeholder('itemVersionId'))
			)
		)
		.prepare()
}));

type OwnAnswer = { response: Answer['response'] };

/**
 * Each scenario's shares among others' answers, from the per-scenario tallies less the learner's
 * own; null when any scenario has fewer than `PEER_MINIMUM` of them counted.
 */
function scenarioShares(
	rows: { stemId: string; option: number; picks: number }[],
	own: OwnAnswer[],
	stemIds: string[],
	optionCount: number
): ScenarioShares[] | null {
	const scenarios: ScenarioShares[] = [];
	for (const stemId of stemIds) {
		const counts = new Map<number, number>();
		for (const r of rows) if (r.stemId === stemId) counts.set(r.option, r.picks);
		for (const { response } of own)
			if (response.kind === 'matching' && stemId in response.chosen) {
				const option = response.chosen[stemId] ?? BLANK;
				counts.set(option, (counts.get(option) ?? 0) - 1);
			}
		const total = [...counts.values()].reduce((sum, n) => sum + n, 0);
		if (total < PEER_MINIMUM) return null;
		scenarios.push({
			stemId,
			optionShares: Array.from({ length: optionCount }, (_, i) => (counts.get(i) ?? 0) / total),
			blank: (counts.get(BLANK) ?? 0) / total
		});
	}
	return scenarios;
}

/**
 * Others' typed answers: the share right, and the wrong answers typed most often, in the form
 * they are compared in, each by at least `COMMON_WRONG_MINIMUM` others.
 */
function typedShares(
	rows: { answer: string; picks: number }[],
	own: OwnAnswer[],
	key: ShortAnswerSpec,
	answered: number
): TypedShares {
	const counts = new Map(rows.map((r) => [r.answer, r.picks]));
	for (const { response } of own)
		if (response.kind === 'text') {
			const answer = normaliseAnswer(response.text, key.unit);
			counts.set(answer, (counts.get(answer) ?? 0) - 1);
		}
	let right = 0;
	const wrong: { answer: string; picks: number }[] = [];
	for (const [answer, picks] of counts)
		if (isAccepted(key, answer)) right += picks;
		else if (picks >= COMMON_WRONG_MINIMUM) wrong.push({ answer, picks });
	wrong.sort((a, b) => b.picks - a.picks || a.answer.localeCompare(b.answer));
	return {
		right: right / answered,
		commonWrong: wrong
			.slice(0, COMMON_WRONG_SHOWN)
			.map((w) => ({ answer: w.answer, share: w.picks / answered }))
	};
}

/**
 * How other learners answered an item version, from the running tallies less the learner's own
 * answers; null until at least `PEER_MINIMUM` answers from others are in. An extended-matching
 * set is shown scenario by scenario (`stemIds`, empty for a choice item); a short-answer item
 * (`shortAnswer`) by the share right and the common wrong answers.
 */
export function peerOptionShares(
	db: DB,
	item: {
		itemId: string;
		itemVersionId: number;
		optionCount: number;
		stemIds: string[];
		shortAnswer?: ShortAnswerSpec;
	},
	learnerId: string
): PeerShares | null {
	const queries = talliesOf(db);
	const { itemVersionId } = item;
	const own = queries.own.all({ userId: learnerId, itemId: item.itemId, itemVersionId });
	const answered = (queries.answered.get({ itemVersionId })?.answered ?? 0) - own.length;
	if (answered < PEER_MINIMUM) return null;
	if (item.shortAnswer) {
		const rows = queries.textPicks.all({ itemVersionId });
		const typed = typedShares(rows, own, item.shortAnswer, answered);
		return { answered, typed, optionShares: [], scenarios: [] };
	}
	if (item.stemIds.length) {
		const rows = queries.stemPicks.all({ itemVersionId });
		const scenarios = scenarioShares(rows, own, item.stemIds, item.optionCount);
		return scenarios && { answered, typed: null, optionShares: [], scenarios };
	}
	const counts = new Array<number>(item.optionCount).fill(0);
	for (const { option, picks } of queries.picks.all({ itemVersionId }))
		if (option >= 0 && option < item.optionCount) counts[option] += picks;
	for (const { response } of own)
		for (const option of chosenOptions(response))
			if (option >= 0 && option < item.optionCount) counts[option] -= 1;
	return { answered, typed: null, optionShares: counts.map((n) => n / answered), scenarios: [] };
}
