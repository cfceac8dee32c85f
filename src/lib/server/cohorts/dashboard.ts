import { and, asc, eq, inArray } from 'drizzle-orm';
import type { MemberFilter } from '$lib/cohorts';
import type { DB } from '$lib/server/db';
import {
	cohortMembers,
	moduleResults,
	trainingModules,
	userBankStats,
	users,
	type TrainingModule
} from '$lib/server/db/tables';
import { listBanks } from '$lib/server/bank/queries';
import { listMembers, type MemberRow } from './cohorts';
import { listCohortModules } from './modules';
import {
	attemptFacts,
	factsFor,
	moduleStanding,
	type ModuleStanding,
	type ModuleStatus
} from './standing';

export interface MatrixRow {
	member: MemberRow;
	standings: ModuleStanding[];
}

export interface HeatCell {
	answered: number;
	/** Mean share of marks, or null with no answers. */
	score: number | null;
}

export interface CohortDashboard {
	modules: TrainingModule[];
	rows: MatrixRow[];
	statusCounts: Record<ModuleStatus, number>;
	banks: { id: string; title: string }[];
	heat: Map<string, HeatCell[]>;
	/** Module scores in tens: index 0 is 0–9%, index 10 is 100%. */
	scoreBins: number[];
	/** Passes by week (Monday), cumulative. */
	completion: { weekStart: string; passes: number; cumulative: number }[];
}

/** Members by modules, mean score by bank, score distribution and completion for one cohort. */
export async function loadCohortDashboard(
	db: DB,
	cohortId: string,
	filter: MemberFilter,
	now = new Date()
): Promise<CohortDashboard> {
	const modules = await listCohortModules(db, cohortId);
	const members = await listMembers(db, cohortId);
	const facts = await attemptFacts(
		db,
		modules.map((m) => m.id)
	);
	const allRows = members.map((member) => ({
		member,
		standings: modules.map((m) =>
			moduleStanding(m, factsFor(facts, m.id, member.userId), now, member.joinedAt)
		)
	}));
	const statusCounts = {
		'not-started': 0,
		'in-progress': 0,
		passed: 0,
		failed: 0,
		overdue: 0
	} as Record<ModuleStatus, number>;
	for (const row of allRows) for (const s of row.standings) statusCounts[s.status] += 1;
	const rows =
		filter === 'all'
			? allRows
			: allRows.filter((r) => r.standings.some((s) => s.status === filter));

	const bankList = (await listBanks(db)).map(({ id, title }) => ({ id, title }));
	const stats = await db
		.select({
			userId: userBankStats.userId,
			bankId: userBankStats.bankId,
			answered: userBankStats.answered,
			marks: userBankStats.marks,
			maxMarks: userBankStats.maxMarks
		})
		.from(userBankStats)
		.innerJoin(
			cohortMembers,
			and(eq(cohortMembers.userId, userBankStats.userId), eq(cohortMembers.cohortId, cohortId))
		);
	const byUser = new Map<string, Map<string, (typeof stats)[number]>>();
	for (const s of stats) {
		if (!byUser.has(s.userId)) byUser.set(s.userId, new Map());
		byUser.get(s.userId)!.set(s.bankId, s);
	}
	const heat = new Map(
		members.map((m) => [
			m.userId,
			bankList.map((b) => {
				const s = byUser.get(m.userId)?.get(b.id);
				return { answered: s?.answered ?? 0, score: s && s.maxMarks ? s.marks / s.maxMarks : null };
			})
		])
	);

	const results = modules.length
		? await db
				.select({
					score: moduleResults.scorePercent,
					passed: moduleResults.passed,
					completedAt: moduleResults.completedAt
				})
				.from(moduleResults)
				.innerJoin(
					cohortMembers,
					and(eq(cohortMembers.userId, moduleResults.userId), eq(cohortMembers.cohortId, cohortId))
				)
				.where(
					inArray(
						moduleResults.moduleId,
						modules.map((m) => m.id)
					)
				)
				.orderBy(asc(moduleResults.completedAt), asc(moduleResults.id))
		: [];
	const scoreBins = new Array<number>(11).fill(0);
	for (const r of results) scoreBins[Math.min(10, Math.floor(r.score / 10))] += 1;
	const weekly = new Map<string, number>();
	for (const r of results) {
		if (!r.passed) continue;
		const week = mondayOf(r.completedAt);
		weekly.set(week, (weekly.get(week) ?? 0) + 1);
	}
	let cumulative = 0;
	const completion = [...weekly].map(([weekStart, passes]) => ({
		weekStart,
		passes,
		cumulative: (cumulative += passes)
	}));

	return { modules, rows, statusCounts, banks: bankList, heat, scoreBins, completion };
}

function mondayOf(date: Date): string {
	const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
	d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
	return d.toISOString().slice(0, 10);
}

export interface ResultRow {
	learner: string;
	email: string;
	module: string;
	scorePercent: number;
	passed: boolean;
	completedAt: Date;
}

/** Every finished module attempt by the cohort's members, for export. */
export function listModuleResults(db: DB, cohortId: string): Promise<ResultRow[]> {
	return db
		.select({
			learner: users.displayName,
			email: users.email,
			module: trainingModules.title,
			scorePercent: moduleResults.scorePercent,
			passed: moduleResults.passed,
			completedAt: moduleResults.completedAt
		})
		.from(moduleResults)
		.innerJoin(
			trainingModules,
			and(eq(trainingModules.id, moduleResults.moduleId), eq(trainingModules.cohortId, cohortId))
		)
		.innerJoin(users, eq(users.id, moduleResults.userId))
		.orderBy(asc(users.displayName), asc(moduleResults.completedAt), asc(moduleResults.id));
}
