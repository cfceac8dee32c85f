import type { Fixtures, ItemTarget } from './fixtures';
import { sendOnce, type LoadResult, type RequestSpec, type ResponseSeen } from './load';

export type Shape =
	| { kind: 'duration'; connections: number; seconds: number; warmup: number }
	/** A fixed number of requests, optionally at a fixed overall rate per second. */
	| { kind: 'amount'; connections: number; amount: number; rate?: number };

export interface Scenario {
	id: string;
	title: string;
	shape: Shape;
	next: () => RequestSpec;
	expect: (response: ResponseSeen) => boolean;
	/** A route another issue is still building: a 404 makes it "missing" rather than failed. */
	mayBeMissing?: boolean;
	/** Whether to send one request first, to check the scenario and time a cold request. */
	probe: boolean;
	/** Called after the warm-up, just before the measured run. */
	beforeRun?: () => void | Promise<void>;
	/** Checks the run's effect on the server; returns a note for the report. */
	verify?: (result: LoadResult) => string | Promise<string>;
}

export interface ScenarioSettings {
	connections: number;
	seconds: number;
	warmup: number;
}

const FORM = 'application/x-www-form-urlencoded';

/** Hands out list elements in order, going round again when they run out (and saying so). */
export class Cycler<T> {
	private index = 0;

	constructor(private list: T[]) {
		if (!list.length) throw new Error('Nothing to cycle through.');
	}

	next(): T {
		return this.list[this.index++ % this.list.length];
	}

	/** How many were handed out, counting repeats. */
	get used(): number {
		return this.index;
	}

	get wrapped(): boolean {
		return this.index > this.list.length;
	}

	/** How many times the whole list has been gone through before the current element. */
	get lap(): number {
		return Math.floor((this.index - 1) / this.list.length);
	}
}

const isActionSuccess = (r: ResponseSeen) =>
	r.status === 200 && r.body.includes('"type":"success"');
const isPage = (r: ResponseSeen) => r.status === 200;

/** An answer to the question: option `option` in each field, or for a short answer the typed text "0" or "1". */
function answerBody(target: ItemTarget, option: number): string {
	return target.answerFields.map((field) => `${field}=${option}`).join('&');
}

function actionRequest(origin: string, path: string, cookie: string, body: string): RequestSpec {
	return {
		method: 'POST',
		path,
		headers: {
			...(cookie ? { cookie } : {}),
			origin,
			'content-type': FORM,
			accept: 'application/json',
			'x-sveltekit-action': 'true'
		},
		body
	};
}

function pageRequest(path: string, cookie?: string): RequestSpec {
	return { method: 'GET', path, headers: { accept: 'text/html', ...(cookie ? { cookie } : {}) } };
}

/**
 * Finishes the timed tests of scenario 2 as their learners would, through the app: each test's
 * finish posted once with its learner's cookie. Returns how many the app finished.
 */
async function finishTimedTests(
	app: { url: string; origin: string },
	saves: ItemTarget[]
): Promise<number> {
	const { origin } = app;
	const tests = new Map(saves.map((t) => [t.path.split('/')[2], t.cookie]));
	let finished = 0;
	for (const [sessionId, cookie] of tests) {
		const response = await sendOnce(app.url, {
			method: 'POST',
			path: `/practice/${sessionId}/finish`,
			headers: { cookie, origin, 'content-type': FORM, accept: 'text/html' },
			body: ''
		});
		if (response.status === 303) finished += 1;
	}
	return finished;
}

export function referenceScenarios(origin: string, settings: ScenarioSettings): Scenario[] {
	const shape: Shape = { kind: 'duration', ...settings };
	return [
		{
			id: 'ref-insert',
			title: 'Reference: bare form action inserting one row',
			shape,
			probe: true,
			next: () => actionRequest(origin, '/insert', '', 'choice=0'),
			expect: isActionSuccess
		},
		{
			id: 'ref-page',
			title: 'Reference: bare page render',
			shape,
			probe: true,
			next: () => pageRequest('/page'),
			expect: isPage
		}
	];
}

export function appScenarios(
	app: { url: string; origin: string },
	fixtures: Fixtures,
	settings: ScenarioSettings,
	database: {
		/** Answers in the database now, read beside the server. */
		countAnswers: () => Promise<number>;
	}
): Scenario[] {
	const { countAnswers } = database;
	const { origin } = app;
	let finished = 0;
	const throughput: Shape = { kind: 'duration', ...settings };
	// Pages measured for their server time: one connection, so latency is the server's own.
	const latency: Shape = { kind: 'duration', connections: 1, seconds: settings.seconds, warmup: 1 };
	const tutor = new Cycler(fixtures.tutorAnswers);
	const timed = new Cycler(fixtures.timedSaves);
	const pages = new Cycler(fixtures.itemPages);
	const learners = new Cycler(fixtures.learnerCookies);
	let answered: Cycler<ItemTarget> | null = null;
	let answersBefore = 0;
	let handedOutBefore = 0;
	const cohort = `/educator/cohorts/${fixtures.cohortId}`;
	const educatorPage = (path: string) => () => pageRequest(path, fixtures.educatorCookie);

	return [
		{
			id: '1',
			title: 'Tutor answer submission (new answer each time)',
			shape: throughput,
			probe: true,
			next: () => {
				const target = tutor.next();
				return actionRequest(
					origin,
					`${target.path}?/answer`,
					target.cookie,
					answerBody(target, 0)
				);
			},
			expect: isActionSuccess,
			beforeRun: async () => {
				answersBefore = await countAnswers();
				handedOutBefore = tutor.used;
			},
			verify: async (result) => {
				const recorded = (await countAnswers()) - answersBefore;
				const succeeded = result.requests - result.errors;
				const sent = tutor.used - handedOutBefore;
				// Requests in flight when the run stops are sent but not counted, so a few more
				// answers than successes is expected; fewer would mean answers went unrecorded.
				const check = recorded >= succeeded ? 'each a new answer' : 'SOME NOT RECORDED';
				const repeats = tutor.wrapped ? '; ran out of fresh questions, some repeated' : '';
				return `${recorded} answers recorded for ${succeeded} successes (${sent} sent): ${check}${repeats}`;
			}
		},
		{
			id: '2',
			title: 'Timed test answer save (upsert)',
			shape: throughput,
			probe: true,
			next: () => {
				const target = timed.next();
				// Alternate the option on each pass, so that every save changes the stored answer.
				const body = answerBody(target, timed.lap % 2);
				return actionRequest(origin, `${target.path}?/answer`, target.cookie, body);
			},
			expect: isActionSuccess
		},
		{
			id: '3',
			title: 'Item page render (next question)',
			shape: throughput,
			probe: true,
			next: () => {
				const target = pages.next();
				return pageRequest(target.path, target.cookie);
			},
			expect: isPage
		},
		{
			id: '3b',
			title: 'Item page after answering (tutor feedback, peer shares)',
			shape: throughput,
			probe: true,
			next: () => {
				// The questions scenario 1 answered; available once it has run.
				answered ??= new Cycler(fixtures.tutorAnswers.slice(0, Math.max(1, tutor.used)));
				const target = answered.next();
				return pageRequest(target.path, target.cookie);
			},
			expect: isPage
		},
		{
			id: '4',
			title: `${fixtures.learnerCookies.length.toLocaleString('en-GB')} learners start a timed test (100/s)`,
			shape: {
				kind: 'amount',
				connections: 20,
				amount: fixtures.learnerCookies.length,
				rate: 100
			},
			// Each learner starts exactly once, so nothing is sent beforehand.
			probe: false,
			next: () => ({
				method: 'POST',
				path: '/practice?/start',
				headers: { cookie: learners.next(), origin, 'content-type': FORM, accept: 'text/html' },
				body: `bank=${fixtures.startBankId}&count=20&mode=timed&selection=all`
			}),
			expect: (r) =>
				r.status === 303 && /^\/practice\/[a-z0-9]+\/1$/.test(String(r.headers.location))
		},
		{
			id: '5',
			title: `Progress page, learner with ${fixtures.heavyLearnerAnswers.toLocaleString('en-GB')} answers`,
			shape: latency,
			probe: true,
			next: () => pageRequest('/progress', fixtures.heavyLearnerCookie),
			expect: isPage
		},
		{
			id: '6a',
			title: `Cohort dashboard, ${fixtures.cohortMembers.toLocaleString('en-GB')} learners`,
			shape: latency,
			probe: true,
			next: educatorPage(cohort),
			expect: isPage,
			mayBeMissing: true
		},
		{
			id: '6b',
			title: 'Item analysis page',
			shape: latency,
			probe: true,
			next: educatorPage('/educator/items'),
			expect: isPage,
			mayBeMissing: true
		},
		{
			id: '6b-new',
			title: 'Item analysis just after the timed tests of scenario 2 finish',
			// One request: the view that takes in the newly finished tests.
			shape: { kind: 'amount', connections: 1, amount: 1 },
			probe: false,
			next: educatorPage('/educator/items'),
			expect: isPage,
			mayBeMissing: true,
			beforeRun: async () => {
				finished = await finishTimedTests(app, fixtures.timedSaves);
			},
			verify: () => `${finished} timed tests finished just before`
		},
		{
			id: '6c',
			title: 'CSV export, members by modules',
			shape: latency,
			probe: true,
			next: educatorPage(`${cohort}/export/members.csv`),
			expect: (r) => r.status === 200 && String(r.headers['content-type']).includes('csv'),
			mayBeMissing: true
		}
	];
}
