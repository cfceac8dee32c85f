import { createSession } from '../src/lib/server/auth/session';
import { openDatabase, type DB } from '../src/lib/server/db';
import { beginSession } from '../src/lib/server/quiz/build';
import type { SeedIds } from './seed/seed';

/** A question in a session, with who may answer it and the form fields that carry an answer. */
export interface ItemTarget {
	path: string;
	cookie: string;
	/** `choice`, `answer` (typed) for a short-answer item, or one `stem-<id>` per stem of an extended-matching item. */
	answerFields: string[];
}

export interface Fixtures {
	/** Unanswered questions of active tutor sessions, interleaved so that concurrent requests go to different sessions. */
	tutorAnswers: ItemTarget[];
	/** Questions of active timed tests with a deadline hours away. */
	timedSaves: ItemTarget[];
	/** Unanswered questions of other tutor sessions, for page renders. */
	itemPages: ItemTarget[];
	/** One signed-in cookie per synthetic learner, for the test-start burst. */
	learnerCookies: string[];
	startBankId: string;
	heavyLearnerCookie: string;
	/** Answers in the heavy learner's history, as generated. */
	heavyLearnerAnswers: number;
	educatorCookie: string;
	cohortId: string;
	cohortMembers: number;
}

export interface FixtureSizes {
	tutorAnswers: number;
	timedSessions: number;
	pageSessions: number;
}

const ITEMS_PER_SESSION = 100;

async function cookieFor(db: DB, userId: string): Promise<string> {
	return `session=${(await createSession(db, userId)).token}`;
}

/** Creates active sessions through the app's own code, so they are exactly what a learner starts. */
async function startSessions(
	db: DB,
	learners: { id: string; cookie: string }[],
	count: number,
	mode: 'tutor' | 'timed',
	itemsEach: number,
	bankIds: string[]
): Promise<{ id: string; cookie: string }[]> {
	const sessions: { id: string; cookie: string }[] = [];
	for (let i = 0; i < count; i++) {
		const learner = learners[i % learners.length];
		const result = await beginSession(db, learner.id, {
			mode,
			settings: {
				bankIds,
				selection: 'all',
				difficulty: 'any',
				audience: 'any',
				requestedCount: itemsEach
			},
			// The longest limit allowed, so no timed test expires during the run.
			secondsPerItem: 600
		});
		if (!result.ok) throw new Error(`Could not start a benchmark session: ${result.message}`);
		sessions.push({ id: result.session.id, cookie: learner.cookie });
	}
	return sessions;
}

/** Every question of the sessions, position by position across sessions. */
function targets(db: DB, sessions: { id: string; cookie: string }[]): ItemTarget[] {
	const select = db.$client.prepare(
		`select qsi.position, json_extract(v.spec, '$.type') as type,
			json_extract(v.spec, '$.stems') as stems
		from quiz_session_items qsi join item_versions v on v.id = qsi.item_version_id
		where qsi.session_id = ? order by qsi.position`
	);
	const perSession = sessions.map((session) =>
		(select.all(session.id) as { position: number; type: string; stems: string | null }[]).map(
			(row): ItemTarget => ({
				path: `/practice/${session.id}/${row.position}`,
				cookie: session.cookie,
				answerFields: row.stems
					? (JSON.parse(row.stems) as { id: string }[]).map((s) => `stem-${s.id}`)
					: [row.type === 'short-answer' ? 'answer' : 'choice']
			})
		)
	);
	const longest = Math.max(0, ...perSession.map((s) => s.length));
	const interleaved: ItemTarget[] = [];
	for (let position = 0; position < longest; position++)
		for (const session of perSession) if (session[position]) interleaved.push(session[position]);
	return interleaved;
}

/**
 * Prepares the database for the scenarios before the server opens it: signed-in sessions for the
 * learners and the educator, and fresh practice sessions to answer and render.
 */
export async function prepareFixtures(
	databasePath: string,
	ids: SeedIds,
	sizes: FixtureSizes
): Promise<Fixtures> {
	const db = openDatabase(databasePath);
	// Only setting up: durability per commit is not what is measured here.
	db.$client.pragma('synchronous = OFF');
	try {
		const learnerIds = (
			db.$client.prepare(`select id from users where role = 'learner' order by email`).all() as {
				id: string;
			}[]
		).map((r) => r.id);
		const learners: { id: string; cookie: string }[] = [];
		for (const id of learnerIds) learners.push({ id, cookie: await cookieFor(db, id) });
		// Benchmark sessions belong to ordinary learners, not to the one with the long history.
		const others = learners.filter((l) => l.id !== ids.heavyLearner.id).slice(0, 200);
		const ordinary = others.length ? others : learners;
		// A learner sitting a timed test may not answer its questions in practice, so the timed
		// tests go to learners of their own.
		const sitting = ordinary.slice(0, Math.max(1, Math.floor(ordinary.length / 3)));
		const practising = ordinary.length > 1 ? ordinary.slice(sitting.length) : ordinary;
		const tutorCount = Math.ceil(sizes.tutorAnswers / ITEMS_PER_SESSION);
		const tutor = await startSessions(
			db,
			practising,
			tutorCount,
			'tutor',
			ITEMS_PER_SESSION,
			ids.bankIds
		);
		const timed = await startSessions(db, sitting, sizes.timedSessions, 'timed', 20, ids.bankIds);
		const pages = await startSessions(db, practising, sizes.pageSessions, 'tutor', 20, ids.bankIds);
		const bankSizes = db.$client
			.prepare(
				`select bank_id as bankId, count(*) as n from items where status = 'published'
				group by bank_id order by n desc`
			)
			.all() as { bankId: string; n: number }[];
		return {
			tutorAnswers: targets(db, tutor),
			timedSaves: targets(db, timed),
			itemPages: targets(db, pages),
			learnerCookies: learners.map((l) => l.cookie),
			startBankId: bankSizes[0].bankId,
			heavyLearnerCookie: learners.find((l) => l.id === ids.heavyLearner.id)!.cookie,
			heavyLearnerAnswers: ids.heavyLearner.answers,
			educatorCookie: await cookieFor(db, ids.benchCohort.ownerId),
			cohortId: ids.benchCohort.id,
			cohortMembers: ids.benchCohort.members
		};
	} finally {
		db.$client.close();
	}
}
