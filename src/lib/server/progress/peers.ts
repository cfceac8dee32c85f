import { and, asc, count, eq, gt, gte, lt, sql } from 'drizzle-orm';
import type { DB } from '$lib/server/db';
import { bankShareSlices, userBankStats } from '$lib/server/db/tables';
import { SHARE_SLICES, shareSlice } from './stats';

/** A learner's share right in a bank, written as `user_bank_stats_share_idx` indexes it. */
const shareRight = sql<number>`(cast(${userBankStats.correct} as float) / ${userBankStats.answered})`;

export interface PeerStanding {
	/** Learners other than this one with answers in the bank. */
	peers: number;
	/** Of those, how many have a lower share right and how many the same; null for a bank not practised. */
	below: number | null;
	equal: number | null;
	/** The median of their shares right (the mean of the middle two for an even count); null for none. */
	median: number | null;
}

/** One bank's learners, every learner counted in the slice their share right falls in. */
class BankShares {
	private slices: { slice: number; learners: number }[] = [];
	total = 0;

	constructor(
		private db: DB,
		readonly bankId: string
	) {}

	add(slice: number, learners: number) {
		this.slices.push({ slice, learners });
		this.total += learners;
	}

	/** Learners whose share right is below `share`, in slice `slice`. */
	async below(share: number, slice: number): Promise<number> {
		let before = 0;
		for (const s of this.slices) if (s.slice < slice) before += s.learners;
		const from = slice / SHARE_SLICES;
		const [within] = await this.db
			.select({ n: count() })
			.from(userBankStats)
			.where(
				and(eq(userBankStats.bankId, this.bankId), gte(shareRight, from), lt(shareRight, share))
			);
		return before + within.n;
	}

	async equal(share: number): Promise<number> {
		const [equal] = await this.db
			.select({ n: count() })
			.from(userBankStats)
			.where(and(eq(userBankStats.bankId, this.bankId), eq(shareRight, share)));
		return equal.n;
	}

	/** The share right at position `index` (from 0) in ascending order of every learner. */
	async nth(index: number): Promise<number> {
		let before = 0;
		for (const s of this.slices) {
			if (index < before + s.learners) {
				const [at] = await this.db
					.select({ share: shareRight })
					.from(userBankStats)
					.where(
						and(eq(userBankStats.bankId, this.bankId), gte(shareRight, s.slice / SHARE_SLICES))
					)
					.orderBy(shareRight)
					.limit(1)
					.offset(index - before);
				return at.share;
			}
			before += s.learners;
		}
		throw new Error(`No share right at position ${index} in ${this.bankId}`);
	}
}

/** A learner's answers and right answers in each bank they have answered in, by bank id. */
export async function ownBankTotals(
	db: DB,
	userId: string
): Promise<Map<string, { bankId: string; answered: number; correct: number }>> {
	const rows = await db
		.select({
			bankId: userBankStats.bankId,
			answered: userBankStats.answered,
			correct: userBankStats.correct
		})
		.from(userBankStats)
		.where(eq(userBankStats.userId, userId));
	return new Map(rows.map((r) => [r.bankId, r]));
}

/**
 * Where a learner stands among every other learner in each bank anyone has practised, from the
 * slices kept per bank: a few hundred counts and the few learners of the slices that matter are
 * read, rather than the totals of every learner.
 */
export async function peerStandings(db: DB, userId: string): Promise<Map<string, PeerStanding>> {
	const slices = await db
		.select({
			bankId: bankShareSlices.bankId,
			slice: bankShareSlices.slice,
			learners: bankShareSlices.learners
		})
		.from(bankShareSlices)
		.where(gt(bankShareSlices.learners, 0))
		.orderBy(asc(bankShareSlices.bankId), asc(bankShareSlices.slice));
	const own = await ownBankTotals(db, userId);
	const banks = new Map<string, BankShares>();
	for (const r of slices) {
		const bank = banks.get(r.bankId) ?? new BankShares(db, r.bankId);
		bank.add(r.slice, r.learners);
		banks.set(r.bankId, bank);
	}
	const standings = new Map<string, PeerStanding>();
	for (const [, bank] of banks) {
		const mine = own.get(bank.bankId);
		const share = mine?.answered ? mine.correct / mine.answered : null;
		const peers = bank.total - (share === null ? 0 : 1);
		// The learner's own share is one of the bank's; a position past every share below it
		// belongs to the next learner once theirs is left out.
		const nthOfOthers = async (index: number) => {
			const value = await bank.nth(index);
			return share === null || value < share ? value : bank.nth(index + 1);
		};
		const middle = peers >> 1;
		const median =
			peers === 0
				? null
				: peers % 2
					? await nthOfOthers(middle)
					: ((await nthOfOthers(middle - 1)) + (await nthOfOthers(middle))) / 2;
		standings.set(bank.bankId, {
			peers,
			below:
				share === null ? null : await bank.below(share, shareSlice(mine!.correct, mine!.answered)),
			equal: share === null ? null : (await bank.equal(share)) - 1,
			median
		});
	}
	return standings;
}
