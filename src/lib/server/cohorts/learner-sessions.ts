import { and, asc, desc, eq, inArray, ne } from 'drizzle-orm';
import type { DB } from '$lib/server/db';
import { banks, quizSessions, trainingModules, type QuizMode } from '$lib/server/db/tables';

/** Sessions shown on an educator's view of one learner: the latest first. */
export const LEARNER_SESSIONS_SHOWN = 50;

export interface LearnerSession {
	id: string;
	mode: QuizMode;
	/** The module the session was an attempt at, if any. */
	moduleTitle: string | null;
	bankTitles: string[];
	startedAt: Date;
	itemCount: number;
	/** Null until the session is finished: an open one shows nothing of how it is going. */
	finished: { scorePercent: number; durationMs: number } | null;
}

/** A learner's latest sessions with what each drew from and, once finished, how it went. */
export async function listLearnerSessions(db: DB, learnerId: string): Promise<LearnerSession[]> {
	const rows = await db
		.select({
			id: quizSessions.id,
			mode: quizSessions.mode,
			status: quizSessions.status,
			settings: quizSessions.settings,
			startedAt: quizSessions.startedAt,
			finishedAt: quizSessions.finishedAt,
			itemCount: quizSessions.itemCount,
			marks: quizSessions.marks,
			maxMarks: quizSessions.maxMarks,
			moduleTitle: trainingModules.title
		})
		.from(quizSessions)
		.leftJoin(trainingModules, eq(trainingModules.id, quizSessions.moduleId))
		.where(and(eq(quizSessions.userId, learnerId), ne(quizSessions.itemCount, 0)))
		.orderBy(desc(quizSessions.startedAt), desc(quizSessions.id))
		.limit(LEARNER_SESSIONS_SHOWN);
	const bankIds = [...new Set(rows.flatMap((r) => r.settings.bankIds))];
	const bankRows = bankIds.length
		? await db
				.select({ id: banks.id, title: banks.title })
				.from(banks)
				.where(inArray(banks.id, bankIds))
				.orderBy(asc(banks.position))
		: [];
	const titles = new Map(bankRows.map((b) => [b.id, b.title]));
	return rows.map((r) => ({
		id: r.id,
		mode: r.mode,
		moduleTitle: r.moduleTitle,
		bankTitles: [...titles].filter(([id]) => r.settings.bankIds.includes(id)).map(([, t]) => t),
		startedAt: r.startedAt,
		itemCount: r.itemCount,
		finished:
			r.status === 'finished' && r.finishedAt
				? {
						scorePercent: r.maxMarks ? ((r.marks ?? 0) / r.maxMarks) * 100 : 0,
						durationMs: r.finishedAt.getTime() - r.startedAt.getTime()
					}
				: null
	}));
}
