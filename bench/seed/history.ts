import type { QuizMode, SessionSettings } from '../../src/lib/server/db/schema';
import { DAY_MS } from '../../src/lib/time';
import { simulateAnswer, type SimulatedAnswer } from './answer-model';
import type { Catalogue, CatalogueItem } from './catalogue';
import type { SyntheticLearner, SyntheticModule } from './population';
import type { Random } from './random';

export interface AnswerRecord extends SimulatedAnswer {
	answeredAt: number;
	/** False for an unfinished timed test: the app counts its answers only when it is finalised. */
	counted: boolean;
}

export interface SessionItemRecord {
	item: CatalogueItem;
	shownAt: number | null;
	answer: AnswerRecord | null;
}

export interface SessionRecord {
	id: string;
	mode: QuizMode;
	status: 'active' | 'finished';
	settings: SessionSettings;
	secondsPerItem: number | null;
	deadlineAt: number | null;
	startedAt: number;
	finishedAt: number | null;
	marks: number | null;
	maxMarks: number;
	moduleId: string | null;
	items: SessionItemRecord[];
}

export interface ResultRecord {
	module: SyntheticModule;
	sessionId: string;
	scorePercent: number;
	passed: boolean;
	completedAt: number;
}

export interface LearnerHistory {
	sessions: SessionRecord[];
	results: ResultRecord[];
	answerCount: number;
}

export interface HistoryContext {
	random: Random;
	catalogue: Catalogue;
	window: { start: number; end: number };
	now: number;
}

interface SessionPlan {
	mode: QuizMode;
	items: CatalogueItem[];
	settings: SessionSettings;
	secondsPerItem: number | null;
	moduleId: string | null;
	startedAt: number;
	/** How many items get an answer; fewer than all only for an attempt still in progress. */
	answered: number;
	inProgress: boolean;
}

/** One learner's practice and module attempts, simulated answer by answer in time order. */
class LearnerSimulation {
	private exposures = new Map<string, number>();
	readonly sessions: SessionRecord[] = [];
	readonly results: ResultRecord[] = [];
	answerCount = 0;

	constructor(
		private ctx: HistoryContext,
		readonly learner: SyntheticLearner
	) {}

	get remaining(): number {
		return this.learner.quota - this.answerCount;
	}

	private progress(at: number): number {
		const { start, end } = this.ctx.window;
		return Math.min(Math.max((at - start) / (end - start), 0), 1);
	}

	run(plan: SessionPlan): SessionRecord {
		const { random } = this.ctx;
		const timed = plan.mode === 'timed';
		const limitMs = timed ? plan.secondsPerItem! * 1000 : Infinity;
		let clock = plan.startedAt + random.int(2, 20) * 1000;
		let marks = 0;
		const items = plan.items.map((item, index): SessionItemRecord => {
			if (index > plan.answered) return { item, shownAt: null, answer: null };
			const shownAt = clock;
			if (index === plan.answered) return { item, shownAt, answer: null };
			const prior = this.exposures.get(item.id) ?? 0;
			const simulated = simulateAnswer(
				random,
				this.learner.traits,
				item,
				this.progress(clock),
				prior
			);
			// A timed test's answers always fit within its deadline.
			simulated.timeTakenMs = Math.min(simulated.timeTakenMs, Math.floor(limitMs * 0.9));
			const answeredAt = clock + simulated.timeTakenMs;
			clock = answeredAt + (timed ? random.int(500, 3000) : random.int(3000, 25_000));
			this.exposures.set(item.id, prior + 1);
			marks += simulated.marks;
			return { item, shownAt, answer: { ...simulated, answeredAt, counted: !plan.inProgress } };
		});
		this.answerCount += plan.answered;
		const deadlineAt = timed ? plan.startedAt + plan.items.length * limitMs : null;
		const record: SessionRecord = {
			id: random.id(),
			mode: plan.mode,
			status: plan.inProgress ? 'active' : 'finished',
			settings: plan.settings,
			secondsPerItem: plan.secondsPerItem,
			deadlineAt,
			startedAt: plan.startedAt,
			finishedAt: plan.inProgress ? null : Math.min(clock, deadlineAt ?? Infinity),
			marks: plan.inProgress ? null : marks,
			maxMarks: plan.items.reduce((n, i) => n + i.maxMarks, 0),
			moduleId: plan.moduleId,
			items
		};
		this.sessions.push(record);
		return record;
	}
}

function moduleItems(ctx: HistoryContext, module: SyntheticModule): CatalogueItem[] {
	const pool = module.bankIds.flatMap((b) => ctx.catalogue.byBank.get(b) ?? []);
	return ctx.random.sample(pool, module.itemCount);
}

/** When the learner first tries a module, if at all: most on time, some late, some never. */
function firstAttemptAt(
	ctx: HistoryContext,
	learner: SyntheticLearner,
	module: SyntheticModule
): number | null {
	const { random, window } = ctx;
	const earliest = Math.max(module.createdAt, learner.createdAt, window.start);
	const pastDue = module.dueAt < window.end;
	const roll = random.next();
	if (roll < 0.1) return null;
	// Whole milliseconds, as the app stores them.
	if (pastDue && roll < 0.22)
		return Math.round(module.dueAt + random.next() * (window.end - module.dueAt));
	if (!pastDue && roll < 0.5) return null;
	const latest = Math.min(module.dueAt, window.end);
	return earliest < latest ? Math.round(earliest + random.next() * (latest - earliest)) : null;
}

function attemptModule(sim: LearnerSimulation, ctx: HistoryContext, module: SyntheticModule) {
	const { random, window, now } = ctx;
	const settings: SessionSettings = {
		bankIds: module.bankIds,
		selection: 'all',
		difficulty: 'any',
		audience: 'any',
		requestedCount: module.itemCount
	};
	const plan = (startedAt: number, answered: number, inProgress: boolean): SessionPlan => ({
		mode: 'timed',
		items: moduleItems(ctx, module),
		settings,
		secondsPerItem: module.secondsPerItem,
		moduleId: module.id,
		startedAt,
		answered,
		inProgress
	});
	let at = firstAttemptAt(ctx, sim.learner, module);
	if (at === null) {
		// A few learners are part way through a module that is not yet due: started just now, so
		// that the attempt is still open while the benchmark runs.
		const answered = random.int(1, Math.min(module.itemCount - 1, 5));
		if (module.dueAt > now && random.chance(0.08) && sim.remaining >= answered) {
			const startedAt = now - answered * module.secondsPerItem * 1000 - 60_000;
			sim.run(plan(startedAt, answered, true));
		}
		return;
	}
	for (let attempt = 1; at < window.end; attempt++) {
		if (sim.remaining < module.itemCount) return;
		if (module.attemptsAllowed !== null && attempt > module.attemptsAllowed) return;
		const session = sim.run(plan(at, module.itemCount, false));
		const scorePercent = Math.round((session.marks! / session.maxMarks) * 1000) / 10;
		const passed = scorePercent >= module.passMark;
		sim.results.push({
			module,
			sessionId: session.id,
			scorePercent,
			passed,
			completedAt: session.finishedAt!
		});
		if (passed || !random.chance(0.7)) return;
		at = session.finishedAt! + random.next() * 7 * DAY_MS + DAY_MS;
	}
}

/** Practice sessions that use up the rest of the learner's answers, spread over their months. */
function practicePlans(
	ctx: HistoryContext,
	learner: SyntheticLearner,
	answers: number
): SessionPlan[] {
	const { random, catalogue, window } = ctx;
	const plans: SessionPlan[] = [];
	let left = catalogue.items.length ? answers : 0;
	while (left > 0) {
		const tutor = random.chance(0.72);
		const bankIds = random.chance(0.65)
			? [random.pick(catalogue.bankIds)]
			: random.sample(catalogue.bankIds, random.int(2, 4));
		const audience = random.chance(0.6) ? learner.profession : 'any';
		const pool = bankIds
			.flatMap((b) => catalogue.byBank.get(b) ?? [])
			.filter((i) => audience === 'any' || (audience === 'doctor' ? i.forDoctors : i.forNurses));
		if (!pool.length) continue;
		const wanted = tutor ? random.int(5, 20) : random.pick([10, 15, 20, 25, 30]);
		const size = Math.min(wanted, pool.length, left);
		left -= size;
		plans.push({
			mode: tutor ? 'tutor' : 'timed',
			items: random.sample(pool, size),
			settings: {
				bankIds,
				selection: random.chance(0.8) ? 'all' : random.pick(['unseen', 'wrong'] as const),
				difficulty: 'any',
				audience,
				requestedCount: wanted
			},
			secondsPerItem: tutor ? null : random.pick([60, 72, 72, 90]),
			moduleId: null,
			startedAt: 0,
			answered: size,
			inProgress: false
		});
	}
	const from = Math.max(learner.createdAt, window.start);
	const starts = plans.map(() => from + random.next() * (window.end - from)).sort((a, b) => a - b);
	plans.forEach((plan, i) => (plan.startedAt = Math.round(starts[i])));
	return plans;
}

/** Everything one learner did: module attempts first (they are few), then practice to the quota. */
export function simulateLearner(
	ctx: HistoryContext,
	learner: SyntheticLearner,
	modules: SyntheticModule[]
): LearnerHistory {
	const sim = new LearnerSimulation(ctx, learner);
	for (const module of modules) attemptModule(sim, ctx, module);
	let busyUntil = 0;
	for (const plan of practicePlans(ctx, learner, sim.remaining)) {
		// Sessions follow one another rather than overlap, unless that would run past the window.
		const after = busyUntil + ctx.random.int(1, 30) * 60_000;
		if (after > plan.startedAt && after < ctx.window.end) plan.startedAt = after;
		busyUntil = sim.run(plan).finishedAt!;
	}
	sim.sessions.sort((a, b) => a.startedAt - b.startedAt);
	return { sessions: sim.sessions, results: sim.results, answerCount: sim.answerCount };
}
