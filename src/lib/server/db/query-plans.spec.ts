import { rmSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ItemSpec } from '$lib/content/types';
import { seedSynthetic, type SeedIds } from '../../../../bench/seed/seed';
import { itemAnalysis, recountItemAnalysis } from '$lib/server/analytics/items';
import { keepAllTotals } from '$lib/server/analytics/kept-totals';
import { joinCohort, removeMember } from '$lib/server/cohorts/cohorts';
import { createSession, validateSessionToken } from '$lib/server/auth/session';
import { requireCohortAccess } from '$lib/server/cohorts/access';
import { listModuleResults, loadCohortDashboard } from '$lib/server/cohorts/dashboard';
import { listCohortModules } from '$lib/server/cohorts/modules';
import { moduleSessionInput } from '$lib/server/cohorts/attempts';
import { loadProgress } from '$lib/server/progress/queries';
import { openOwnSession } from '$lib/server/quiz/access';
import { beginSession } from '$lib/server/quiz/build';
import { finishSession, loadSlot, noteShown, submitAnswer } from '$lib/server/quiz/session';
import { readItemPage } from '$lib/server/quiz/view';
import { openDatabase, type DB } from '.';
import { users, type QuizSession, type Response, type User } from './schema';
import { DAY_MS } from '$lib/time';

/** Tables that grow with learners and their work: reading one whole gets slower every week. */
const GROWING_TABLES = new Set([
	'answers',
	'quiz_sessions',
	'quiz_session_items',
	'review_cards',
	'user_bank_stats',
	'users',
	'user_sessions',
	'cohort_members',
	'module_results',
	'certificates',
	'item_flags',
	'item_notes',
	'item_reports',
	'option_picks',
	'text_picks',
	'item_version_tallies',
	// Item-analysis totals: a row per scope, item version and session score (or option, module).
	'item_stat_members',
	'item_score_sums',
	'item_total_buckets',
	'item_option_counts',
	'item_stat_figures',
	'module_score_sums',
	'module_item_counts',
	'module_stat_figures'
]);

/** Statements with a query plan; transaction control and pragmas have none worth reading. */
const PLANNED = /^\s*(select|insert|update|delete|with)\b/i;

/**
 * A scan that walks a named index (or the rowid) is allowed: it reads in the index's order with no
 * table of its own to build. Item analysis needs exactly that, since it streams every finished
 * answer in one ordered pass. A bare `SCAN` is not allowed, and neither is an automatic index,
 * which SQLite builds by reading the whole table each time the statement runs.
 */
const SCAN_THROUGH_INDEX = / USING (?:COVERING INDEX|INDEX|INTEGER PRIMARY KEY)\b/;
const AUTOMATIC_INDEX = / USING AUTOMATIC /;

interface PlanLine {
	caller: string;
	plan: string;
	sql: string;
}

const file = `/tmp/liver-quiz-plans-${process.pid}-${Date.now()}.db`;

let ids: SeedIds;
let db: DB;
let learner: User;
let educator: User;
let tutor: QuizSession;
let typedTutor: QuizSession;
let timed: QuizSession;
let complete: QuizSession;
let tokens: string[];
const tempTrees: PlanLine[] = [];

/** Every SQL text prepared on the handle from now on, cached or not. */
function recordStatements(handle: DB): string[] {
	const sources: string[] = [];
	const prepare = handle.$client.prepare.bind(handle.$client);
	handle.$client.prepare = ((source: string) => {
		sources.push(source);
		return prepare(source);
	}) as typeof handle.$client.prepare;
	return sources;
}

/** The statements `run` prepares, on a fresh handle so that nothing is prepared beforehand. */
async function statementsOf(run: (handle: DB) => unknown): Promise<string[]> {
	const handle = openDatabase(file);
	const sources = recordStatements(handle);
	try {
		await run(handle);
	} finally {
		handle.$client.close();
	}
	return [...new Set(sources)].filter((source) => PLANNED.test(source));
}

function planOf(source: string): string[] {
	const unquoted = source.replace(/'(?:[^']|'')*'|"(?:[^"]|"")*"/g, '');
	const parameters = unquoted.split('?').length - 1;
	// Every parameter is bound to null: the check reads the plan, not the rows.
	const rows = db.$client
		.prepare(`explain query plan ${source}`)
		.all(...new Array<null>(parameters).fill(null)) as { detail: string }[];
	return rows.map((r) => r.detail);
}

/** Tables by the aliases a statement gives them: `from answers a`, `join "user_bank_stats" other`. */
function aliasesIn(source: string): Map<string, string> {
	const aliases = new Map<string, string>();
	for (const [, table, alias] of source.matchAll(
		/\b(?:from|join)\s+"?(\w+)"?\s+(?:as\s+)?"?(\w+)"?/gi
	))
		aliases.set(alias, table);
	return aliases;
}

/** Whether a plan line reads a growing table whole. */
function readsWhole(plan: string, aliases: Map<string, string>): boolean {
	const step = /^(SCAN|SEARCH) (\w+)/.exec(plan);
	if (!step || !GROWING_TABLES.has(aliases.get(step[2]) ?? step[2])) return false;
	if (AUTOMATIC_INDEX.test(plan)) return true;
	return step[1] === 'SCAN' && !SCAN_THROUGH_INDEX.test(plan);
}

/** The plan lines of what `run` prepares that read a growing table whole. */
async function fullScans(caller: string, run: (handle: DB) => unknown): Promise<PlanLine[]> {
	const statements = await statementsOf(run);
	expect(statements, `${caller} prepared no statement`).not.toEqual([]);
	return statements.flatMap((sql) => {
		const aliases = aliasesIn(sql);
		return planOf(sql).flatMap((plan) => {
			if (plan.startsWith('USE TEMP B-TREE')) tempTrees.push({ caller, plan, sql });
			return readsWhole(plan, aliases) ? [{ caller, plan, sql }] : [];
		});
	});
}

function rightAnswer(spec: ItemSpec): Response {
	if (spec.type === 'short-answer') return { kind: 'text', text: spec.shortAnswer!.accepted[0] };
	if (spec.type === 'extended-matching')
		return {
			kind: 'matching',
			chosen: Object.fromEntries((spec.stems ?? []).map((s) => [s.id, s.answer]))
		};
	return { kind: 'choice', chosen: spec.options.flatMap((o, i) => (o.correct ? [i] : [])) };
}

async function answerRight(handle: DB, session: QuizSession, position: number): Promise<void> {
	const { spec } = (await loadSlot(handle, session.id, position))!;
	const result = await submitAnswer(handle, session, position, rightAnswer(spec), 'sure');
	if (!result.ok) throw new Error(`Answer not recorded: ${result.reason}`);
}

/** An open module attempt; each taker has one at a time, as their items are held back elsewhere. */
async function moduleAttempt(takerId: string): Promise<QuizSession> {
	const [module] = await listCohortModules(db, ids.benchCohort.id);
	const started = await beginSession(db, takerId, moduleSessionInput(module));
	if (!started.ok) throw new Error(started.message);
	return started.session;
}

beforeAll(async () => {
	({ ids } = await seedSynthetic({
		database: file,
		learners: 40,
		answers: 4000,
		heavyAnswers: 500,
		benchCohortSize: 20,
		months: 2,
		seed: 7,
		password: 'a long enough passphrase'
	}));
	db = openDatabase(file);
	const userById = (id: string) => db.select().from(users).where(eq(users.id, id)).get()!;
	learner = userById(ids.heavyLearner.id);
	educator = userById(ids.benchCohort.ownerId);

	const practice = await beginSession(db, learner.id, {
		mode: 'tutor',
		settings: {
			bankIds: ids.bankIds.slice(0, 2),
			selection: 'all',
			difficulty: 'any',
			audience: 'any',
			requestedCount: 10
		}
	});
	if (!practice.ok) throw new Error(practice.message);
	tutor = practice.session;
	await answerRight(db, tutor, 1);
	const typed = await beginSession(db, learner.id, {
		mode: 'tutor',
		settings: {
			bankIds: ['ablation'],
			selection: 'all',
			difficulty: 'any',
			audience: 'any',
			requestedCount: 1,
			itemIds: ['ablation-size-limit-recall']
		}
	});
	if (!typed.ok) throw new Error(typed.message);
	typedTutor = typed.session;
	await answerRight(db, typedTutor, 1);
	timed = await moduleAttempt(ids.admin.id);
	complete = await moduleAttempt(ids.educators[0].id);
	for (let position = 1; position <= complete.itemCount; position++)
		await answerRight(db, complete, position);

	// Sessions that are current, due for renewal and expired: each takes its own path.
	const now = Date.now();
	tokens = [];
	for (const days of [0, 20, 31])
		tokens.push((await createSession(db, learner.id, new Date(now - days * DAY_MS))).token);
}, 60_000);

afterAll(() => {
	if (tempTrees.length)
		console.info(
			'Sorts in temporary B-trees (not a failure):\n' +
				tempTrees
					.map((t) => `  ${t.caller}: ${t.plan}\n    ${t.sql.replace(/\s+/g, ' ').trim()}`)
					.join('\n')
		);
	db?.$client.close();
	for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
});

describe('the full-read check', () => {
	it('sees a whole read of a growing table, under an alias too', () => {
		expect(readsWhole('SCAN a', aliasesIn('select 1 from answers a'))).toBe(true);
		expect(readsWhole('SCAN answers LEFT-JOIN', new Map())).toBe(true);
		expect(readsWhole('SEARCH answers USING AUTOMATIC COVERING INDEX (item_id=?)', new Map())).toBe(
			true
		);
		expect(
			readsWhole('SCAN a USING INDEX answers_user_item_idx', aliasesIn('from answers a'))
		).toBe(false);
		expect(
			readsWhole('SEARCH answers USING INDEX answers_user_time_idx (user_id=?)', new Map())
		).toBe(false);
		expect(readsWhole('SCAN banks', new Map())).toBe(false);
		expect(planOf('select id from answers where marks = ?')).toContain('SCAN answers');
	});
});

describe('the heavy pages reach growing tables by index', () => {
	it('on the progress page', async () => {
		expect(await fullScans('loadProgress', (h) => loadProgress(h, learner))).toEqual([]);
	});

	it('on the cohort dashboard and its results export', async () => {
		const cohortId = ids.benchCohort.id;
		expect([
			...(await fullScans('requireCohortAccess', (h) =>
				requireCohortAccess(h, educator, cohortId)
			)),
			...(await fullScans('loadCohortDashboard', (h) => loadCohortDashboard(h, cohortId, 'all'))),
			...(await fullScans('listModuleResults', (h) => listModuleResults(h, cohortId)))
		]).toEqual([]);
	});

	it('in item analysis of a cohort and of all learners, first counted and then kept up', async () => {
		expect([
			...(await fullScans('recountItemAnalysis (cohort)', (h) =>
				recountItemAnalysis(h, ids.benchCohort.id, 'first')
			)),
			...(await fullScans('recountItemAnalysis (all learners)', (h) =>
				recountItemAnalysis(h, null, 'all')
			)),
			...(await fullScans('itemAnalysis after a test finishes', async (h) => {
				const attempt = await moduleAttempt(learner.id);
				await itemAnalysis(h, null, 'first');
				await itemAnalysis(h, ids.benchCohort.id, 'all');
				await answerRight(h, attempt, 1);
				await finishSession(h, attempt.id);
				await itemAnalysis(h, null, 'first');
				await itemAnalysis(h, ids.benchCohort.id, 'all');
			})),
			...(await fullScans('itemAnalysis of a cohort someone joined and someone left', async (h) => {
				const { joinCode } = h.$client
					.prepare('select join_code as joinCode from cohorts where id = ?')
					.get(ids.benchCohort.id) as { joinCode: string };
				const member = h.$client
					.prepare('select user_id as id from cohort_members where cohort_id = ? limit 1')
					.get(ids.benchCohort.id) as { id: string };
				await removeMember(h, ids.benchCohort.id, member.id);
				await joinCohort(h, learner.id, joinCode);
				await itemAnalysis(h, ids.benchCohort.id, 'first');
			})),
			...(await fullScans('counting kept totals again from the answers', async (h) => {
				h.$client.exec('update item_stat_scopes set definition = definition - 1');
				await keepAllTotals(h);
			}))
		]).toEqual([]);
	});

	it('on the practice item page, before and after answering', async () => {
		const pages = [
			[tutor, 1],
			[tutor, 2],
			[timed, 1],
			[typedTutor, 1]
		] as const;
		expect(
			await fullScans('readItemPage', async (h) => {
				for (const [session, position] of pages) {
					const current = await openOwnSession(h, session.userId, session.id);
					await noteShown(h, current.id, position);
					await readItemPage(h, current, position);
				}
			})
		).toEqual([]);
	});

	it('when answering in tutor mode and in a timed test', async () => {
		expect(
			await fullScans('submitAnswer', async (h) => {
				await answerRight(h, tutor, 3);
				await answerRight(h, timed, 1);
			})
		).toEqual([]);
	});

	it('when a module attempt is finished', async () => {
		expect(await fullScans('finishSession', (h) => finishSession(h, complete.id))).toEqual([]);
	});

	it('when checking the session of a request', async () => {
		expect(
			await fullScans('validateSessionToken', async (h) => {
				for (const token of tokens) await validateSessionToken(h, token);
			})
		).toEqual([]);
	});
});
