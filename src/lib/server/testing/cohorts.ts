import type { DB } from '$lib/server/db';
import { moduleResults, quizSessions } from '$lib/server/db/tables';
import type { CertificateFacts } from '$lib/server/certificates/issue';
import { createCohort } from '$lib/server/cohorts/cohorts';
import { createModule } from '$lib/server/cohorts/modules';
import { storeLearner } from './fixtures';

const PASSED_AT = new Date('2026-06-01T09:00:00Z');

/** A learner's passed result at a module, with what its certificate states. */
export async function passedResult(db: DB): Promise<CertificateFacts> {
	const educator = await storeLearner(db);
	const learner = await storeLearner(db, 'nurse');
	const cohort = await createCohort(db, educator.id, { name: 'Ward 7', description: '' });
	const module = await createModule(db, cohort.id, educator.id, {
		title: 'Line care',
		bankIds: ['b'],
		audience: 'any',
		difficulty: 'any',
		itemCount: 1,
		secondsPerItem: 60,
		passMark: 80,
		due: { kind: 'after-joining', days: 7 },
		attemptsAllowed: null,
		renewalDays: null
	});
	const sessionId = `session-${learner.id}`;
	await db.insert(quizSessions).values({
		id: sessionId,
		userId: learner.id,
		mode: 'timed',
		status: 'finished',
		settings: {
			bankIds: ['b'],
			selection: 'all',
			difficulty: 'any',
			audience: 'any',
			requestedCount: 1
		},
		itemCount: 1,
		startedAt: PASSED_AT,
		finishedAt: PASSED_AT,
		marks: 1,
		maxMarks: 1,
		moduleId: module.id
	});
	const [result] = await db
		.insert(moduleResults)
		.values({
			moduleId: module.id,
			userId: learner.id,
			sessionId,
			scorePercent: 100,
			passed: true,
			completedAt: PASSED_AT
		})
		.returning();
	return {
		resultId: result.id,
		userId: learner.id,
		learnerName: learner.displayName,
		educatorName: educator.displayName,
		organisationName: 'St Elsewhere',
		moduleTitle: module.title,
		scorePercent: 100,
		issuedAt: PASSED_AT,
		validUntil: null
	};
}
