import { DAY_MS } from '../../src/lib/time';
import type { LearnerTraits } from './answer-model';
import type { Random } from './random';

export interface SyntheticUser {
	id: string;
	email: string;
	displayName: string;
	profession: 'doctor' | 'nurse' | 'other';
	role: 'learner' | 'educator' | 'admin';
	createdAt: number;
}

export interface SyntheticLearner extends SyntheticUser {
	profession: 'doctor' | 'nurse';
	traits: LearnerTraits;
	/** How many answers this learner's history holds. */
	quota: number;
}

export interface SyntheticCohort {
	id: string;
	name: string;
	description: string;
	joinCode: string;
	ownerId: string;
	coEducatorIds: string[];
	createdAt: number;
	members: { userId: string; joinedAt: number }[];
}

export interface SyntheticModule {
	id: string;
	cohortId: string;
	title: string;
	bankIds: string[];
	itemCount: number;
	secondsPerItem: number;
	passMark: number;
	dueAt: number;
	attemptsAllowed: number | null;
	renewalDays: number | null;
	createdBy: string;
	createdAt: number;
}

export interface Population {
	learners: SyntheticLearner[];
	staff: SyntheticUser[];
	/** The learner with the long history, for the progress page. */
	heavyLearner: SyntheticLearner;
	cohorts: SyntheticCohort[];
	/** The cohort of (up to) 250 learners that the dashboard benchmark opens. */
	benchCohort: SyntheticCohort;
	modules: SyntheticModule[];
	/** Modules per learner, through their cohorts. */
	modulesOf: Map<string, SyntheticModule[]>;
}

export interface PopulationOptions {
	learners: number;
	answers: number;
	heavyAnswers: number;
	benchCohortSize: number;
	window: { start: number; end: number };
	now: number;
}

const FIRST_NAMES = (
	'Amira Ben Chloe Daniel Efua Farah George Hannah Imran Jess Kwame Laura Mei Nadia Owen ' +
	'Priya Rhys Sara Tom Uma Victor Wen Yusuf Zara Aoife Callum Deepa Ewan Fatima Gareth'
).split(' ');
const SURNAMES = (
	'Ahmed Brown Campbell Davies Evans Fraser Green Hughes Iqbal Jones Khan Lewis Murphy Nguyen ' +
	'Okafor Patel Quinn Roberts Singh Taylor Usman Walsh Xu Young Zhou Mensah Byrne Chen Kaur Wood'
).split(' ');

function name(random: Random): string {
	return `${random.pick(FIRST_NAMES)} ${random.pick(SURNAMES)}`;
}

/** Splits `total` over the weights as whole numbers that add up exactly (largest remainder). */
export function apportion(total: number, weights: number[]): number[] {
	const sum = weights.reduce((a, b) => a + b, 0);
	const exact = weights.map((w) => (sum ? (total * w) / sum : 0));
	const whole = exact.map(Math.floor);
	let left = total - whole.reduce((a, b) => a + b, 0);
	const byRemainder = exact.map((e, i) => [e - whole[i], i]).sort((a, b) => b[0] - a[0]);
	for (let k = 0; left > 0; k = (k + 1) % byRemainder.length, left--) whole[byRemainder[k][1]]++;
	return whole;
}

function makeLearners(random: Random, options: PopulationOptions): SyntheticLearner[] {
	const { window } = options;
	const span = window.end - window.start;
	const learners: SyntheticLearner[] = [];
	for (let i = 0; i < options.learners; i++) {
		const profession = random.chance(0.55) ? 'doctor' : 'nurse';
		// Most learners were there from the start; some joined part way through.
		const joined = random.chance(0.7)
			? window.start - random.int(1, 30) * DAY_MS
			: window.start + random.next() * span * 0.6;
		learners.push({
			id: random.id(),
			email: `learner${String(i + 1).padStart(4, '0')}@synthetic.test`,
			displayName: name(random),
			profession,
			role: 'learner',
			createdAt: Math.round(joined),
			traits: {
				ability: random.normal(profession === 'doctor' ? 0.2 : 0, 0.9),
				growth: Math.max(0, random.normal(0.5, 0.3)),
				speed: random.logNormal(1, 0.25),
				overconfidence: random.normal(0, 0.08)
			},
			quota: 0
		});
	}
	// The heavy learner is the first, a doctor who has been there from the start.
	const heavy = learners[0];
	heavy.profession = 'doctor';
	heavy.createdAt = window.start - 7 * DAY_MS;
	heavy.quota = Math.min(options.heavyAnswers, options.answers);
	const weights = learners.slice(1).map(() => random.logNormal(1, 0.8));
	const shares = apportion(options.answers - heavy.quota, weights);
	learners.slice(1).forEach((learner, i) => (learner.quota = shares[i]));
	return learners;
}

function makeStaff(random: Random, educators: number, window: { start: number }): SyntheticUser[] {
	const created = window.start - 40 * DAY_MS;
	const staff: SyntheticUser[] = [];
	for (let i = 0; i < educators; i++)
		staff.push({
			id: random.id(),
			email: `educator${i + 1}@synthetic.test`,
			displayName: name(random),
			profession: random.chance(0.5) ? 'doctor' : 'nurse',
			role: 'educator',
			createdAt: created
		});
	staff.push({
		id: random.id(),
		email: 'admin@synthetic.test',
		displayName: name(random),
		profession: 'other',
		role: 'admin',
		createdAt: created
	});
	return staff;
}

const COHORT_NAMES = [
	'Foundation doctors',
	'Oncology nurses',
	'Surgical trainees',
	'Hepatology ward team',
	'Chemotherapy day unit',
	'Interventional radiology',
	'Acute oncology service',
	'Palliative care team'
];

function makeCohorts(
	random: Random,
	learners: SyntheticLearner[],
	educators: SyntheticUser[],
	options: PopulationOptions
): SyntheticCohort[] {
	const created = options.window.start - 20 * DAY_MS;
	const joinedPlatform = new Map(learners.map((l) => [l.id, l.createdAt]));
	const cohort = (index: number, ownerId: string, memberIds: string[]): SyntheticCohort => {
		const others = educators.filter((e) => e.id !== ownerId);
		return {
			id: random.id(),
			name: `${COHORT_NAMES[index % COHORT_NAMES.length]} ${2025 + Math.floor(index / COHORT_NAMES.length)}`,
			description: 'Synthetic cohort for benchmarks.',
			joinCode: random.code().slice(0, 8),
			ownerId,
			coEducatorIds: others.length && random.chance(0.4) ? [random.pick(others).id] : [],
			createdAt: created,
			members: memberIds.map((userId) => ({
				userId,
				joinedAt: Math.max(created, joinedPlatform.get(userId)!) + random.int(0, 5) * DAY_MS
			}))
		};
	};
	// The benchmark cohort: the heavy learner and the next learners, owned by the first educator.
	const size = Math.min(options.benchCohortSize, learners.length);
	const cohorts = [
		cohort(
			0,
			educators[0].id,
			learners.slice(0, size).map((l) => l.id)
		)
	];
	const rest = random.sample(learners.slice(size), learners.length - size);
	while (rest.length) {
		const members = rest.splice(0, random.int(40, 120)).map((l) => l.id);
		cohorts.push(cohort(cohorts.length, random.pick(educators).id, members));
	}
	// Some learners belong to a second cohort too.
	for (const learner of learners) {
		if (cohorts.length < 2 || !random.chance(0.12)) continue;
		const other = random.pick(cohorts.slice(1));
		if (other.members.some((m) => m.userId === learner.id)) continue;
		const joinedAt = Math.max(other.createdAt, learner.createdAt) + random.int(0, 60) * DAY_MS;
		other.members.push({ userId: learner.id, joinedAt: Math.min(joinedAt, options.now) });
	}
	return cohorts;
}

interface ModulePlan {
	title: string;
	banks: string[];
	itemCount: number;
	secondsPerItem: number;
	passMark: number;
	/** Days from now: negative means past due. */
	dueInDays: number;
	attemptsAllowed: number | null;
	renewalDays: number | null;
}

const MODULE_PLANS: ModulePlan[] = [
	{
		title: 'Annual update: secondary liver cancer',
		banks: ['presentation', 'mdt'],
		itemCount: 15,
		secondsPerItem: 90,
		passMark: 70,
		dueInDays: -50,
		attemptsAllowed: 3,
		renewalDays: 365
	},
	{
		title: 'Local treatments: ablation and embolisation',
		banks: ['ablation', 'embolisation'],
		itemCount: 20,
		secondsPerItem: 72,
		passMark: 75,
		dueInDays: -12,
		attemptsAllowed: 2,
		renewalDays: null
	},
	{
		title: 'Systemic therapy and clinical trials',
		banks: ['chemotherapy', 'systemic-therapies', 'clinical-trials'],
		itemCount: 15,
		secondsPerItem: 72,
		passMark: 70,
		dueInDays: 21,
		attemptsAllowed: null,
		renewalDays: null
	}
];

function makeModules(
	random: Random,
	cohorts: SyntheticCohort[],
	bankIds: string[],
	now: number
): SyntheticModule[] {
	return cohorts.flatMap((cohort) =>
		MODULE_PLANS.map((plan) => {
			const banks = plan.banks.filter((b) => bankIds.includes(b));
			const dueAt = now + (plan.dueInDays + random.int(-4, 4)) * DAY_MS;
			return {
				id: random.id(),
				cohortId: cohort.id,
				title: plan.title,
				bankIds: banks.length ? banks : bankIds.slice(0, 2),
				itemCount: plan.itemCount,
				secondsPerItem: plan.secondsPerItem,
				passMark: plan.passMark,
				dueAt,
				attemptsAllowed: plan.attemptsAllowed,
				renewalDays: plan.renewalDays,
				createdBy: cohort.ownerId,
				createdAt: Math.max(cohort.createdAt, dueAt - random.int(45, 75) * DAY_MS)
			};
		})
	);
}

/** Everyone in the synthetic platform, how they are grouped and what they were assigned. */
export function makePopulation(
	random: Random,
	options: PopulationOptions,
	bankIds: string[]
): Population {
	const learners = makeLearners(random, options);
	const staff = makeStaff(random, Math.max(3, Math.ceil(options.learners / 200)), options.window);
	const educators = staff.filter((s) => s.role === 'educator');
	const cohorts = makeCohorts(random, learners, educators, options);
	const modules = makeModules(random, cohorts, bankIds, options.now);
	const modulesOf = new Map<string, SyntheticModule[]>();
	for (const cohort of cohorts) {
		const assigned = modules.filter((m) => m.cohortId === cohort.id);
		for (const { userId } of cohort.members)
			modulesOf.set(userId, [...(modulesOf.get(userId) ?? []), ...assigned]);
	}
	return {
		learners,
		staff,
		heavyLearner: learners[0],
		cohorts,
		benchCohort: cohorts[0],
		modules,
		modulesOf
	};
}
