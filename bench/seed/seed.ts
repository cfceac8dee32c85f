import { readFileSync, rmSync } from 'node:fs';
import { hashPassword } from '../../src/lib/server/auth/password';
import { syncContent } from '../../src/lib/server/bank/sync-sqlite';
import { openDatabase } from '../../src/lib/server/db';
import { rebuildTallies } from '../../src/lib/server/quiz/peers';
import { keepAllTotals } from '../../src/lib/server/analytics/kept-totals';
import { recountShareSlices } from '../../src/lib/server/progress/stats';
import { DAY_MS } from '../../src/lib/time';
import { loadCatalogue } from './catalogue';
import { simulateLearner, type LearnerHistory } from './history';
import { makePopulation, type SyntheticLearner } from './population';
import { Random } from './random';
import { bankStats, replayReviews } from './review';
import { SeedWriter } from './writer';

export interface SeedOptions {
	database: string;
	learners: number;
	answers: number;
	/** Answers of the one learner with a long history (the progress page scenario). */
	heavyAnswers: number;
	benchCohortSize: number;
	/** Months of history, ending now. */
	months: number;
	seed: number;
	password: string;
}

/** What a benchmark needs to find its way around the generated database. */
export interface SeedIds {
	database: string;
	password: string;
	heavyLearner: { id: string; email: string; answers: number };
	benchCohort: { id: string; name: string; members: number; ownerId: string; ownerEmail: string };
	admin: { id: string; email: string };
	educators: { id: string; email: string }[];
	bankIds: string[];
}

/** Where the seeder writes a database's ids unless told otherwise: beside it, as NAME.ids.json. */
export function seedIdsFile(database: string): string {
	return database.replace(/\.db$/, '') + '.ids.json';
}

/** The ids the seeder wrote to `file`. */
export function readSeedIds(file: string): SeedIds {
	return JSON.parse(readFileSync(file, 'utf8')) as SeedIds;
}

export interface SeedSummary {
	ids: SeedIds;
	rows: Record<string, number>;
	seconds: number;
}

/** Learners written per transaction: big enough to amortise commits, small enough to stream. */
const LEARNERS_PER_TRANSACTION = 20;

const REPORT_MESSAGES = [
	'Two of the options seem to mean the same thing.',
	'The explanation contradicts the source passage.',
	'Typo in the stem.',
	'I think option C is also correct.',
	'The question is ambiguous about the timing.'
];

function removeDatabase(file: string): void {
	for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
}

/** Flags, notes and problem reports on a few of the items a learner answered. */
function writeExtras(
	writer: SeedWriter,
	random: Random,
	learner: SyntheticLearner,
	history: LearnerHistory,
	educatorIds: string[]
): void {
	const answered = history.sessions.flatMap((s) =>
		s.items.flatMap((i) => (i.answer ? [{ item: i.item, at: i.answer.answeredAt }] : []))
	);
	if (!answered.length) return;
	if (random.chance(0.25)) {
		const flagged = new Set<string>();
		for (const { item, at } of random.sample(answered, random.int(1, 4))) {
			if (flagged.has(item.id)) continue;
			flagged.add(item.id);
			writer.flag(learner.id, item.id, at);
		}
	}
	if (random.chance(0.08)) {
		const { item, at } = random.pick(answered);
		writer.note(learner.id, item.id, 'Revise this one before the MDT teaching session.', at);
	}
	if (random.chance(0.06)) {
		const { item, at } = random.pick(answered);
		const resolved = random.chance(0.4);
		writer.report({
			userId: learner.id,
			itemId: item.id,
			itemVersionId: item.versionId,
			message: random.pick(REPORT_MESSAGES),
			createdAt: at,
			resolution: resolved
				? { by: random.pick(educatorIds), at: at + DAY_MS, note: 'Checked against the source.' }
				: null
		});
	}
}

function countRows(sqlite: ReturnType<typeof openDatabase>['$client']): Record<string, number> {
	const tables = [
		'users',
		'cohorts',
		'cohort_members',
		'training_modules',
		'quiz_sessions',
		'quiz_session_items',
		'answers',
		'review_cards',
		'user_bank_stats',
		'bank_share_slices',
		'item_version_tallies',
		'option_picks',
		'module_results',
		'certificates',
		'item_flags',
		'item_reports',
		'item_score_sums',
		'item_total_buckets'
	];
	return Object.fromEntries(
		tables.map((t) => [
			t,
			(sqlite.prepare(`select count(*) as n from ${t}`).get() as { n: number }).n
		])
	);
}

/** Deletes and regenerates the synthetic database. */
export async function seedSynthetic(options: SeedOptions): Promise<SeedSummary> {
	const started = performance.now();
	removeDatabase(options.database);
	const db = openDatabase(options.database);
	syncContent(db);
	const sqlite = db.$client;
	// A throwaway bulk load: durability per commit buys nothing here, and costs most of the time.
	sqlite.pragma('synchronous = OFF');
	sqlite.pragma('cache_size = -262144');

	// One argon2 hash for every account: hashing a thousand would take longer than the rest.
	const passwordHash = await hashPassword(options.password);
	const random = new Random(options.seed);
	const catalogue = loadCatalogue(db, random);
	const now = Date.now();
	const window = { start: now - options.months * 30.5 * DAY_MS, end: now - 2 * 3600_000 };
	const population = makePopulation(random, { ...options, window, now }, catalogue.bankIds);
	const writer = new SeedWriter(sqlite);
	writer.transaction(() => {
		for (const user of [...population.staff, ...population.learners])
			writer.user(user, passwordHash);
		for (const cohort of population.cohorts) writer.cohort(cohort);
		for (const module of population.modules) writer.module(module);
	});

	const educatorIds = population.staff.filter((s) => s.role === 'educator').map((s) => s.id);
	const context = { random, catalogue, window, now };
	const { learners } = population;
	for (let i = 0; i < learners.length; i += LEARNERS_PER_TRANSACTION) {
		writer.transaction(() => {
			for (const learner of learners.slice(i, i + LEARNERS_PER_TRANSACTION)) {
				const history = simulateLearner(
					context,
					learner,
					population.modulesOf.get(learner.id) ?? []
				);
				writer.history(learner.id, learner.displayName, history, () => random.code());
				writer.reviewCards(learner.id, replayReviews(history));
				writer.bankStats(learner.id, bankStats(history));
				writeExtras(writer, random, learner, history, educatorIds);
			}
		});
	}

	await rebuildTallies(db);
	await recountShareSlices(db);
	await keepAllTotals(db);
	sqlite.pragma('wal_checkpoint(TRUNCATE)');
	const rows = countRows(sqlite);
	sqlite.close();

	const owner = population.staff.find((s) => s.id === population.benchCohort.ownerId)!;
	const admin = population.staff.find((s) => s.role === 'admin')!;
	return {
		ids: {
			database: options.database,
			password: options.password,
			heavyLearner: {
				id: population.heavyLearner.id,
				email: population.heavyLearner.email,
				answers: population.heavyLearner.quota
			},
			benchCohort: {
				id: population.benchCohort.id,
				name: population.benchCohort.name,
				members: population.benchCohort.members.length,
				ownerId: owner.id,
				ownerEmail: owner.email
			},
			admin: { id: admin.id, email: admin.email },
			educators: population.staff
				.filter((s) => s.role === 'educator')
				.map((s) => ({ id: s.id, email: s.email })),
			bankIds: catalogue.bankIds
		},
		rows,
		seconds: (performance.now() - started) / 1000
	};
}
