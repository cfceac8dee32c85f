import type Database from 'better-sqlite3';
import { DAY_MS } from '../../src/lib/time';
import type { LearnerHistory } from './history';
import type { SyntheticCohort, SyntheticModule, SyntheticUser } from './population';
import type { BankStatsRow, ReviewCardRow } from './review';

/** Raw prepared statements: drizzle's query building costs more than the inserts themselves. */
function prepare(sqlite: Database.Database) {
	const insert = (table: string, columns: string) => {
		const names = columns.trim().split(/\s+/);
		const values = names.map(() => '?').join(', ');
		return sqlite.prepare(`insert into ${table} (${names.join(', ')}) values (${values})`);
	};
	return {
		user: insert('users', 'id email password_hash display_name profession role created_at'),
		cohort: insert('cohorts', 'id name description join_code owner_id created_at'),
		coEducator: insert('cohort_educators', 'cohort_id user_id'),
		member: insert('cohort_members', 'cohort_id user_id joined_at'),
		module: insert(
			'training_modules',
			`id cohort_id title bank_ids item_count seconds_per_item pass_mark fixed_due_at attempts_allowed
			renewal_days created_by created_at`
		),
		session: insert(
			'quiz_sessions',
			`id user_id mode status settings item_count seconds_per_item deadline_at started_at
			finished_at marks max_marks module_id finish_order`
		),
		sessionItem: insert(
			'quiz_session_items',
			'session_id position item_id item_version_id max_marks shown_at'
		),
		answer: insert(
			'answers',
			`session_id position user_id item_id item_version_id response correct marks max_marks
			confidence time_taken_ms answered_at settled`
		),
		result: insert(
			'module_results',
			'module_id user_id session_id score_percent passed completed_at'
		),
		certificate: insert(
			'certificates',
			'code result_id user_id learner_name module_title score_percent issued_at valid_until'
		),
		card: insert(
			'review_cards',
			`user_id item_id due stability difficulty elapsed_days scheduled_days learning_steps reps
			lapses state last_review last_rating`
		),
		bankStats: insert('user_bank_stats', 'user_id bank_id answered correct marks max_marks'),
		flag: insert('item_flags', 'user_id item_id created_at'),
		note: insert('item_notes', 'user_id item_id note updated_at'),
		report: insert(
			'item_reports',
			`user_id item_id item_version_id message created_at status resolved_by resolved_at
			resolution`
		)
	};
}

export interface ReportRow {
	userId: string;
	itemId: string;
	itemVersionId: number;
	message: string;
	createdAt: number;
	resolution: { by: string; at: number; note: string } | null;
}

/** Writes synthetic rows in the app's storage format (timestamps in ms, booleans as 0/1, JSON text). */
export class SeedWriter {
	private statements: ReturnType<typeof prepare>;
	private finished = 0;

	constructor(private sqlite: Database.Database) {
		this.statements = prepare(sqlite);
	}

	transaction<T>(work: () => T): T {
		return this.sqlite.transaction(work)();
	}

	user(user: SyntheticUser, passwordHash: string): void {
		const { id, email, displayName, profession, role, createdAt } = user;
		this.statements.user.run(id, email, passwordHash, displayName, profession, role, createdAt);
	}

	cohort(cohort: SyntheticCohort): void {
		const { id, name, description, joinCode, ownerId, createdAt } = cohort;
		this.statements.cohort.run(id, name, description, joinCode, ownerId, createdAt);
		for (const educatorId of cohort.coEducatorIds) this.statements.coEducator.run(id, educatorId);
		for (const m of cohort.members) this.statements.member.run(id, m.userId, m.joinedAt);
	}

	module(m: SyntheticModule): void {
		this.statements.module.run(
			m.id,
			m.cohortId,
			m.title,
			JSON.stringify(m.bankIds),
			m.itemCount,
			m.secondsPerItem,
			m.passMark,
			m.dueAt,
			m.attemptsAllowed,
			m.renewalDays,
			m.createdBy,
			m.createdAt
		);
	}

	/** A learner's sessions, their items and answers, and module results with certificates. */
	history(
		userId: string,
		learnerName: string,
		history: LearnerHistory,
		certificateCode: () => string
	): void {
		const s = this.statements;
		for (const session of history.sessions) {
			s.session.run(
				session.id,
				userId,
				session.mode,
				session.status,
				JSON.stringify(session.settings),
				session.items.length,
				session.secondsPerItem,
				session.deadlineAt,
				session.startedAt,
				session.finishedAt,
				session.marks,
				session.maxMarks,
				session.moduleId,
				session.status === 'finished' ? ++this.finished : null
			);
			session.items.forEach(({ item, shownAt, answer }, index) => {
				const position = index + 1;
				s.sessionItem.run(session.id, position, item.id, item.versionId, item.maxMarks, shownAt);
				if (!answer) return;
				s.answer.run(
					session.id,
					position,
					userId,
					item.id,
					item.versionId,
					JSON.stringify(answer.response),
					answer.correct ? 1 : 0,
					answer.marks,
					answer.maxMarks,
					answer.confidence,
					answer.timeTakenMs,
					answer.answeredAt,
					session.mode === 'tutor' || session.status === 'finished' ? 1 : 0
				);
			});
		}
		for (const r of history.results) {
			const { lastInsertRowid } = s.result.run(
				r.module.id,
				userId,
				r.sessionId,
				r.scorePercent,
				r.passed ? 1 : 0,
				r.completedAt
			);
			if (!r.passed) continue;
			const validUntil = r.module.renewalDays
				? r.completedAt + r.module.renewalDays * DAY_MS
				: null;
			s.certificate.run(
				certificateCode(),
				lastInsertRowid,
				userId,
				learnerName,
				r.module.title,
				r.scorePercent,
				r.completedAt,
				validUntil
			);
		}
	}

	reviewCards(userId: string, rows: ReviewCardRow[]): void {
		for (const { itemId, card, rating } of rows) {
			this.statements.card.run(
				userId,
				itemId,
				card.due.getTime(),
				card.stability,
				card.difficulty,
				card.elapsed_days,
				card.scheduled_days,
				card.learning_steps,
				card.reps,
				card.lapses,
				card.state,
				card.last_review?.getTime() ?? null,
				rating
			);
		}
	}

	bankStats(userId: string, rows: BankStatsRow[]): void {
		for (const r of rows)
			this.statements.bankStats.run(userId, r.bankId, r.answered, r.correct, r.marks, r.maxMarks);
	}

	flag(userId: string, itemId: string, at: number): void {
		this.statements.flag.run(userId, itemId, at);
	}

	note(userId: string, itemId: string, note: string, at: number): void {
		this.statements.note.run(userId, itemId, note, at);
	}

	report(r: ReportRow): void {
		this.statements.report.run(
			r.userId,
			r.itemId,
			r.itemVersionId,
			r.message,
			r.createdAt,
			r.resolution ? 'resolved' : 'open',
			r.resolution?.by ?? null,
			r.resolution?.at ?? null,
			r.resolution?.note ?? null
		);
	}
}
