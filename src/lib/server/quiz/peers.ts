import { and, eq, sql } from 'drizzle-orm';
import type { DB } from '../db';
import { preparedFor } from '../db/prepared';
import { answers, itemVersionTallies, optionPicks, type Answer } from '../db/schema';
import { chosenOptions } from './scoring';

/** Peers needed before anything about how others answered is shown. */
export const PEER_MINIMUM = 5;

export interface PeerShares {
	answered: number;
	/** Share of answers choosing each option; for extended matching, share of all stem choices. */
	optionShares: number[];
}

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

/** Counts a final answer in its item version's tallies. */
export function tallyAnswer(db: DB, answer: Pick<Answer, 'itemVersionId' | 'response'>): void {
	addAnswered(db).run({ itemVersionId: answer.itemVersionId });
	for (const option of chosenOptions(answer.response))
		addPick(db).run({ itemVersionId: answer.itemVersionId, option });
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

/**
 * How other learners answered an item version, from the running tallies less the learner's own
 * answers; null until at least `PEER_MINIMUM` answers from others are in.
 */
export function peerOptionShares(
	db: DB,
	item: { itemId: string; itemVersionId: number; optionCount: number; matching: boolean },
	learnerId: string
): PeerShares | null {
	const queries = talliesOf(db);
	const { itemVersionId } = item;
	const own = queries.own.all({ userId: learnerId, itemId: item.itemId, itemVersionId });
	const answered = (queries.answered.get({ itemVersionId })?.answered ?? 0) - own.length;
	if (answered < PEER_MINIMUM) return null;
	const counts = new Array<number>(item.optionCount).fill(0);
	for (const { option, picks } of queries.picks.all({ itemVersionId }))
		if (option >= 0 && option < item.optionCount) counts[option] += picks;
	for (const { response } of own)
		for (const option of chosenOptions(response))
			if (option >= 0 && option < item.optionCount) counts[option] -= 1;
	const picks = counts.reduce((sum, n) => sum + n, 0);
	const denominator = item.matching ? Math.max(picks, 1) : answered;
	return { answered, optionShares: counts.map((n) => n / denominator) };
}
