import { parseDocument } from '$lib/content/document';
import type { BankSpec, ItemSpec } from '$lib/content/types';
import { openDatabase, type DB } from '$lib/server/db';
import { loadBanks } from '$lib/server/bank/sync';
import { createCohort, joinCohort } from '$lib/server/cohorts/cohorts';
import { createModule } from '$lib/server/cohorts/modules';
import { moduleSessionInput } from '$lib/server/cohorts/attempts';
import type { QuizSession, Response, TrainingModule } from '$lib/server/db/schema';
import { users as userRows } from '$lib/server/db/tables';
import { beginSession } from '$lib/server/quiz/build';
import { loadSlot, submitAnswer } from '$lib/server/quiz/session';
import { testDatabase, testDb } from './db';

/*
 * A bank of four questions, one of each kind that scores differently, small enough to work
 * statistics out by hand: A and B true/false, C single best answer, E extended matching with
 * two scenarios (two marks).
 */

const document = parseDocument(
	'ward',
	`# Ward safety

## Checks {#checks}

Check the wristband before every dose.

Report a near miss the same day.
`
);

const shared = {
	teachingPoint: 'Checks prevent harm.',
	difficulty: 'easy',
	audiences: ['nurse', 'doctor'],
	objective: 'Know the ward checks.'
} as const;

const trueFalse = (id: string, stem: string, answer: boolean, quote: string): ItemSpec => ({
	...shared,
	id,
	type: 'true-false',
	stem,
	leadIn: 'True or false?',
	options: [
		{ text: 'True', correct: answer, explanation: 'As the passage says.' },
		{ text: 'False', correct: !answer, explanation: 'As the passage says.' }
	],
	audiences: [...shared.audiences],
	source: { passageIds: [quote.startsWith('Check') ? 'checks-1' : 'checks-2'], quote }
});

export const WARD_ITEMS = { A: 'ward-a', B: 'ward-b', C: 'ward-c', E: 'ward-e' } as const;

export const WARD_BANK: BankSpec = {
	id: 'ward',
	title: 'Ward safety',
	description: 'Checks on the ward.',
	items: [
		trueFalse(
			WARD_ITEMS.A,
			'The wristband is checked before every dose.',
			true,
			'Check the wristband before every dose.'
		),
		trueFalse(
			WARD_ITEMS.B,
			'A near miss may wait a week to be reported.',
			false,
			'Report a near miss the same day.'
		),
		{
			...shared,
			id: WARD_ITEMS.C,
			type: 'single-best-answer',
			stem: 'A nurse is about to give a dose.',
			leadIn: 'What should she check first?',
			options: [
				{ text: 'The wristband', correct: true, explanation: 'Before every dose.' },
				{ text: 'The weather', correct: false, explanation: 'Not a check.' },
				{ text: 'The rota', correct: false, explanation: 'Not a check.' },
				{ text: 'The menu', correct: false, explanation: 'Not a check.' },
				{ text: 'The clock', correct: false, explanation: 'Not a check.' }
			],
			audiences: [...shared.audiences],
			source: { passageIds: ['checks-1'], quote: 'Check the wristband before every dose.' }
		},
		{
			...shared,
			id: WARD_ITEMS.E,
			type: 'extended-matching',
			stem: 'Ward checks',
			leadIn: 'Match each situation to what to do.',
			options: [
				{ text: 'Check the wristband', explanation: 'Before a dose.' },
				{ text: 'Report the same day', explanation: 'After a near miss.' },
				{ text: 'Wait a week', explanation: 'Never right.' },
				{ text: 'Ask the patient to guess', explanation: 'Never right.' },
				{ text: 'Skip the dose', explanation: 'Never right.' },
				{ text: 'Call the pharmacy', explanation: 'Not these.' },
				{ text: 'Sign the chart', explanation: 'Not these.' },
				{ text: 'Tell the family', explanation: 'Not these.' }
			],
			stems: [
				{ id: 'a', text: 'A dose is due.', answer: 0, explanation: 'Check first.' },
				{ id: 'b', text: 'A near miss happened.', answer: 1, explanation: 'Report it.' }
			],
			audiences: [...shared.audiences],
			source: { passageIds: ['checks-1', 'checks-2'], quote: 'Report a near miss the same day.' }
		}
	]
};

/** A migrated database holding only the ward bank: in memory, or in a file that others may open too. */
export async function wardDb(file?: string): Promise<DB> {
	const db = file ? openDatabase(file) : testDb();
	await loadBanks(db, document, [WARD_BANK]);
	return db;
}

/**
 * An answer by the option chosen: an index for a choice question, an index or null (left blank)
 * per scenario for extended matching. A question given no answer is left unanswered.
 */
export type Choice = number | Record<string, number | null>;

function responseOf(choice: Choice): Response {
	return typeof choice === 'number'
		? { kind: 'choice', chosen: [choice] }
		: { kind: 'matching', chosen: choice };
}

/** `wardDb` on the backend the run selects (`testDatabase`). */
export async function wardDatabase(): Promise<DB> {
	const db = await testDatabase();
	await loadBanks(db, document, [WARD_BANK]);
	return db;
}

/** A learner row written directly: these tests never sign in, so no password is hashed. */
export async function storeWardLearner(db: DB, id: string): Promise<string> {
	await db
		.insert(userRows)
		.values({ id, email: `${id}@example.org`, passwordHash: '-', displayName: id });
	return id;
}

/** A cohort of these learners with one module of the whole ward bank. */
export async function wardModule(
	db: DB,
	ownerId: string,
	learnerIds: string[]
): Promise<TrainingModule> {
	const cohort = await createCohort(db, ownerId, { name: 'Ward 7', description: '' });
	for (const id of learnerIds) await joinCohort(db, id, cohort.joinCode);
	return createModule(db, cohort.id, ownerId, {
		title: 'Ward safety',
		bankIds: [WARD_BANK.id],
		audience: 'any',
		difficulty: 'any',
		itemCount: WARD_BANK.items.length,
		secondsPerItem: 600,
		passMark: 60,
		due: { kind: 'fixed', at: new Date('2030-01-01') },
		attemptsAllowed: null,
		renewalDays: null
	});
}

/**
 * Starts a session of the given questions (a practice session in tutor mode) or an attempt at
 * the module, at a given time, and answers it a few seconds apart. The session is left active.
 */
export async function sit(
	db: DB,
	userId: string,
	what: { practise: string[] } | { module: TrainingModule },
	at: Date,
	choices: Partial<Record<string, Choice>>
): Promise<QuizSession> {
	const started = await beginSession(
		db,
		userId,
		'module' in what
			? moduleSessionInput(what.module)
			: {
					mode: 'tutor',
					settings: {
						bankIds: [WARD_BANK.id],
						selection: 'all',
						difficulty: 'any',
						audience: 'any',
						requestedCount: what.practise.length,
						itemIds: what.practise
					}
				},
		at
	);
	if (!started.ok) throw new Error(started.message);
	const { session } = started;
	for (let position = 1; position <= session.itemCount; position++) {
		const choice = choices[(await loadSlot(db, session.id, position))!.itemId];
		if (choice === undefined) continue;
		const answeredAt = new Date(at.getTime() + position * 10_000);
		const result = await submitAnswer(db, session, position, responseOf(choice), null, answeredAt);
		if (!result.ok) throw new Error(`Answer not recorded: ${result.reason}`);
	}
	return session;
}
