import { and, asc, eq, ne } from 'drizzle-orm';
import type { BankComparison } from '$lib/progress';
import { DAY_MS } from '$lib/time';
import type { DB } from '$lib/server/db';
import type { User } from '$lib/server/db/schema';
import { banks, cohortMembers, userBankStats } from '$lib/server/db/tables';
import { perform } from '$lib/server/db/steps';
import { reviewableDueDatesStep } from '$lib/server/review/cards';
import { countsByDay, daysBefore, localDayKey, median, type DayCount } from './compute';
import { answersByDay, answersByQuarterHour } from './history';
import { ownBankTotals, peerStandings, type PeerStanding } from './peers';

export const FORECAST_DAYS = 30;
export const CALENDAR_DAYS = 182;

type Learner = Pick<User, 'id' | 'timeZone'>;

/**
 * Reviews falling due on each of the next `days` local days, today first. Today's count is the
 * reviews due by midnight, overdue ones included, so it equals the due count shown elsewhere.
 */
export async function dueForecast(
	db: DB,
	learner: Learner,
	now: Date,
	days = FORECAST_DAYS
): Promise<DayCount[]> {
	const today = localDayKey(now, learner.timeZone);
	const last = daysBefore(today, -(days - 1));
	// A day's margin either side of daylight saving changes; days past the last are dropped below.
	const until = new Date(now.getTime() + (days + 1) * DAY_MS);
	const perDay = new Map<string, number>();
	for (const due of await perform(db, reviewableDueDatesStep(db, learner.id, until))) {
		const day = localDayKey(due, learner.timeZone);
		perDay.set(day, (perDay.get(day) ?? 0) + 1);
	}
	return countsByDay(perDay, today, last);
}

/** Settled answers on each of the last `days` local days, ending today. */
export async function studyCalendar(
	db: DB,
	learner: Learner,
	now: Date,
	days = CALENDAR_DAYS
): Promise<DayCount[]> {
	const since = new Date(now.getTime() - (days + 1) * DAY_MS);
	const perDay = answersByDay(await answersByQuarterHour(db, learner.id, since), learner.timeZone);
	return calendarOf(perDay, localDayKey(now, learner.timeZone), days);
}

/** The last `days` local days of answers counted per day, ending `today`. */
export function calendarOf(
	perDay: Map<string, number>,
	today: string,
	days = CALENDAR_DAYS
): DayCount[] {
	const first = daysBefore(today, days - 1);
	return countsByDay(
		[...perDay].filter(([day]) => day >= first),
		first,
		today
	);
}

/** The median share right among the other members of a cohort, per bank, and how many there are. */
async function cohortPeers(
	db: DB,
	userId: string,
	cohortId: string
): Promise<Map<string, { peers: number; median: number | null }>> {
	const theirs = await db
		.select({
			bankId: userBankStats.bankId,
			answered: userBankStats.answered,
			correct: userBankStats.correct
		})
		.from(userBankStats)
		.innerJoin(
			cohortMembers,
			and(eq(cohortMembers.userId, userBankStats.userId), eq(cohortMembers.cohortId, cohortId))
		)
		.where(ne(userBankStats.userId, userId));
	const sharesByBank = new Map<string, number[]>();
	for (const r of theirs) {
		if (!r.answered) continue;
		const shares = sharesByBank.get(r.bankId) ?? [];
		shares.push(r.correct / r.answered);
		sharesByBank.set(r.bankId, shares);
	}
	return new Map(
		[...sharesByBank].map(([bankId, shares]) => [
			bankId,
			{ peers: shares.length, median: median(shares) }
		])
	);
}

/**
 * A learner's share of answers right in each bank beside the median of others': every other
 * learner (`'everyone'`, or their standings already read with `peerStandings`), or the other
 * members of one cohort. Both come from the running totals per bank, the figures the peer
 * percentile ranks.
 */
export async function bankComparison(
	db: DB,
	userId: string,
	others: { cohortId: string } | 'everyone' | Map<string, PeerStanding>,
	minimumPeers: number
): Promise<BankComparison[]> {
	const bankList = await db
		.select({ id: banks.id, title: banks.title })
		.from(banks)
		.where(eq(banks.retired, false))
		.orderBy(asc(banks.position));
	const mine = await ownBankTotals(db, userId);
	const peers =
		others === 'everyone'
			? await peerStandings(db, userId)
			: others instanceof Map
				? others
				: await cohortPeers(db, userId, others.cohortId);
	return bankList.map((b) => {
		const own = mine.get(b.id);
		const { peers: count, median } = peers.get(b.id) ?? { peers: 0, median: null };
		return {
			bankId: b.id,
			title: b.title,
			answered: own?.answered ?? 0,
			correct: own?.correct ?? 0,
			share: own?.answered ? own.correct / own.answered : null,
			peerMedian: count >= minimumPeers ? median : null,
			peers: count
		};
	});
}
