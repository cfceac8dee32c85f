import { and, eq, sql } from 'drizzle-orm';
import type { DB, Queries } from '$lib/server/db';
import { preparedStep } from '$lib/server/db/prepared';
import {
	all,
	onPostgres,
	perform,
	run,
	transaction,
	type Query,
	type Step
} from '$lib/server/db/steps';
import type { ShortAnswerSpec } from '$lib/content/types';
import type { PeerShares, ScenarioShares, TypedShares } from '$lib/quiz';
import {
	answers,
	itemVersionTallies,
	optionPicks,
	stemPicks,
	textPicks,
	type Answer
} from '$lib/server/db/tables';
import { versionSpecStep } from '$lib/server/bank/versions';
import { chosenOptions } from './scoring';
import { isAccepted, normaliseAnswer } from './short-answer';

/** Peers needed before anything about how others answered is shown. */
export const PEER_MINIMUM = 5;

/** The most wrong answers shown to a learner, and how many others must have typed each. */
export const COMMON_WRONG_SHOWN = 3;
/** One learner's typed answer is never shown to another: it may say anything. */
export const COMMON_WRONG_MINIMUM = 2;

/** The option a scenario was left blank with, in `stemPicks`. */
const BLANK = -1;

const addAnswered = preparedStep((db) =>
	db
		.insert(itemVersionTallies)
		.values({ itemVersionId: sql.placeholder('itemVersionId'), answered: 1 })
		.onConflictDoUpdate({
			target: itemVersionTallies.itemVersionId,
			set: { answered: sql`${itemVersionTallies.answered} + 1` }
		})
);

const addPick = preparedStep((db) =>
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
);

const addStemPick = preparedStep((db) =>
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
);

const addTextPick = preparedStep((db) =>
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
);

/** A typed answer in the form it is compared in, with its item version's unit. */
function* typedKey(db: DB, tx: Queries, itemVersionId: number, text: string): Step<string> {
	const spec = yield* versionSpecStep(db, tx, itemVersionId);
	return normaliseAnswer(text, spec?.shortAnswer?.unit);
}

/**
 * Counts a final answer in its item version's tallies. Each tally is one upsert adding to its
 * row, so answers tallied at once on PostgreSQL all count.
 */
export function* tallyAnswerStep(
	db: DB,
	tx: Queries,
	answer: Pick<Answer, 'itemVersionId' | 'response'>
): Step<void> {
	const { itemVersionId, response } = answer;
	// Read first: on PostgreSQL a query is sent as soon as it is made.
	const typed =
		response.kind === 'text' ? yield* typedKey(db, tx, itemVersionId, response.text) : null;
	const tallies: Query[] = [addAnswered(db, tx, { itemVersionId })];
	if (typed !== null) tallies.push(addTextPick(db, tx, { itemVersionId, answer: typed }));
	for (const option of chosenOptions(response))
		tallies.push(addPick(db, tx, { itemVersionId, option }));
	if (response.kind === 'matching')
		for (const [stemId, option] of Object.entries(response.chosen))
			tallies.push(addStemPick(db, tx, { itemVersionId, stemId, option: option ?? BLANK }));
	yield* all(tallies);
}

/** Each option a settled answer chose, a choice item's or any scenario's: SQLite, then PostgreSQL. */
const CHOSEN_OPTIONS = [
	sql`select ${answers.itemVersionId}, chosen.value, count(*)
		from ${answers}, json_each(${answers.response}, '$.chosen') as chosen
		where ${answers.settled} and chosen.value is not null
		group by ${answers.itemVersionId}, chosen.value`,
	sql`select a.item_version_id, chosen.option, count(*)
		from ${answers} a cross join lateral (
			select cast(value as integer) as option from json_array_elements_text(
				case when a.response->>'kind' = 'choice' then a.response->'chosen' else '[]' end)
			union all
			select cast(value as integer) from json_each_text(
				case when a.response->>'kind' = 'matching' then a.response->'chosen' else '{}' end)
		) chosen
		where a.settled and chosen.option is not null
		group by a.item_version_id, chosen.option`
] as const;

/** BLANK as a literal: a parameter in both select and group by would be two expressions to PostgreSQL. */
const blank = sql.raw(String(BLANK));

/** The option each scenario of a settled matching answer was given, or BLANK. */
const CHOSEN_PER_STEM = [
	sql`select ${answers.itemVersionId}, stem.key, coalesce(stem.value, ${blank}), count(*)
		from ${answers}, json_each(${answers.response}, '$.chosen') as stem
		where ${answers.settled} and json_extract(${answers.response}, '$.kind') = 'matching'
		group by ${answers.itemVersionId}, stem.key, coalesce(stem.value, ${blank})`,
	sql`select a.item_version_id, stem.key, coalesce(cast(stem.value as integer), ${blank}), count(*)
		from ${answers} a, json_each_text(a.response->'chosen') as stem
		where a.settled and a.response->>'kind' = 'matching'
		group by a.item_version_id, stem.key, coalesce(cast(stem.value as integer), ${blank})`
] as const;

/**
 * Settled answers, as a bare condition: it means the same to both dialects whichever tables the
 * handle's queries are built with (a bulk load may write a SQLite file from a PostgreSQL process).
 */
const settled = sql`${answers.settled}`;

/** Recounts every tally from the answers, e.g. after a bulk load that bypassed `tallyAnswer`. */
export function* rebuildTalliesStep(db: DB, tx: Queries): Step<void> {
	const dialect = onPostgres(tx) ? 1 : 0;
	yield* run(tx.delete(optionPicks));
	yield* run(tx.delete(itemVersionTallies));
	yield* run(
		tx.insert(itemVersionTallies).select(
			tx
				.select({
					itemVersionId: answers.itemVersionId,
					answered: sql<number>`cast(count(*) as integer)`.as('n')
				})
				.from(answers)
				.where(settled)
				.groupBy(answers.itemVersionId)
		)
	);
	yield* run(tx.insert(optionPicks).select(CHOSEN_OPTIONS[dialect]));
	yield* run(tx.delete(stemPicks));
	yield* run(tx.insert(stemPicks).select(CHOSEN_PER_STEM[dialect]));
	yield* run(tx.delete(textPicks));
	const typed = yield* run(
		tx
			.select({ itemVersionId: answers.itemVersionId, response: answers.response })
			.from(answers)
			.where(settled)
	);
	for (const { itemVersionId, response } of typed)
		if (response.kind === 'text') {
			const answer = yield* typedKey(db, tx, itemVersionId, response.text);
			yield* run(addTextPick(db, tx, { itemVersionId, answer }));
		}
}

/** `rebuildTalliesStep` in a transaction of its own, after a bulk load. */
export function rebuildTallies(db: DB): Promise<void> {
	return transaction(db, (tx) => rebuildTalliesStep(db, tx));
}

const answeredTally = preparedStep((db) =>
	db
		.select({ answered: itemVersionTallies.answered })
		.from(itemVersionTallies)
		.where(eq(itemVersionTallies.itemVersionId, sql.placeholder('itemVersionId')))
);

const optionTallies = preparedStep((db) =>
	db
		.select({ option: optionPicks.option, picks: optionPicks.picks })
		.from(optionPicks)
		.where(eq(optionPicks.itemVersionId, sql.placeholder('itemVersionId')))
);

const stemTallies = preparedStep((db) =>
	db
		.select({ stemId: stemPicks.stemId, option: stemPicks.option, picks: stemPicks.picks })
		.from(stemPicks)
		.where(eq(stemPicks.itemVersionId, sql.placeholder('itemVersionId')))
);

const textTallies = preparedStep((db) =>
	db
		.select({ answer: textPicks.answer, picks: textPicks.picks })
		.from(textPicks)
		.where(eq(textPicks.itemVersionId, sql.placeholder('itemVersionId')))
);

/** The learner's own answers among those tallied, to leave out of what peers chose. */
const ownAnswers = preparedStep((db) =>
	db
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
);

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
		let total = 0;
		for (const [, n] of counts) total += n;
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
export function* peerSharesStep(
	db: DB,
	tx: Queries,
	item: {
		itemId: string;
		itemVersionId: number;
		optionCount: number;
		stemIds: string[];
		shortAnswer?: ShortAnswerSpec;
	},
	learnerId: string
): Step<PeerShares | null> {
	const { itemVersionId } = item;
	const own = yield* run(
		ownAnswers(db, tx, { userId: learnerId, itemId: item.itemId, itemVersionId })
	);
	const [tally] = yield* run(answeredTally(db, tx, { itemVersionId }));
	const answered = (tally?.answered ?? 0) - own.length;
	if (answered < PEER_MINIMUM) return null;
	if (item.shortAnswer) {
		const rows = yield* run(textTallies(db, tx, { itemVersionId }));
		const typed = typedShares(rows, own, item.shortAnswer, answered);
		return { answered, typed, optionShares: [], scenarios: [] };
	}
	if (item.stemIds.length) {
		const rows = yield* run(stemTallies(db, tx, { itemVersionId }));
		const scenarios = scenarioShares(rows, own, item.stemIds, item.optionCount);
		return scenarios && { answered, typed: null, optionShares: [], scenarios };
	}
	const counts = new Array<number>(item.optionCount).fill(0);
	for (const { option, picks } of yield* run(optionTallies(db, tx, { itemVersionId })))
		if (option >= 0 && option < item.optionCount) counts[option] += picks;
	for (const { response } of own)
		for (const option of chosenOptions(response))
			if (option >= 0 && option < item.optionCount) counts[option] -= 1;
	return { answered, typed: null, optionShares: counts.map((n) => n / answered), scenarios: [] };
}

/** `peerSharesStep`, awaited. */
export function peerOptionShares(
	db: DB,
	item: Parameters<typeof peerSharesStep>[2],
	learnerId: string
): Promise<PeerShares | null> {
	return perform(db, peerSharesStep(db, db, item, learnerId));
}
