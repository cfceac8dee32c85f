import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { fixed } from '$lib/server/db/prepared';
import {
	DEFAULT_SECONDS_PER_ITEM,
	MAX_SECONDS_PER_ITEM,
	MAX_SESSION_ITEMS,
	MIN_SECONDS_PER_ITEM
} from '$lib/quiz';
import type { DB, Queries } from '$lib/server/db';
import { onPostgres, perform, run, transaction, type Step } from '$lib/server/db/steps';
import {
	answers,
	itemFlags,
	items,
	itemVersions,
	quizSessionItems,
	quizSessions,
	type QuizMode,
	type QuizSession,
	type SessionSettings
} from '$lib/server/db/tables';
import { newId } from '$lib/server/ids';
import { dueItemIdsStep } from '$lib/server/review/cards';
import { maxMarksFor } from './scoring';
import { heldBackItemIdsStep } from './open-attempts';

export interface StartSessionInput {
	mode: QuizMode;
	settings: SessionSettings;
	/** Timed tests only. */
	secondsPerItem?: number;
	moduleId?: string;
	/** The finished session whose wrong answers this one practises. */
	retryOf?: string;
}

/** The latest settled answer of a learner to each item they have answered. */
function* latestAnswerCorrectness(tx: Queries, userId: string): Step<Map<string, boolean>> {
	const settled = and(eq(answers.userId, userId), eq(answers.settled, true));
	if (onPostgres(tx)) {
		// PostgreSQL has no bare columns beside max(): the answers in time order, the latest last.
		const rows = yield* run(
			tx
				.select({ itemId: answers.itemId, correct: answers.correct })
				.from(answers)
				.where(settled)
				.orderBy(answers.answeredAt, answers.id)
		);
		return new Map(rows.map((r) => [r.itemId, r.correct]));
	}
	// SQLite reads the other columns of a group from the row with the group's max().
	const rows = yield* run(
		tx
			.select({
				itemId: answers.itemId,
				correct: answers.correct,
				latest: sql<number>`max(${answers.answeredAt})`
			})
			.from(answers)
			.where(settled)
			.groupBy(answers.itemId)
	);
	return new Map(rows.map((r) => [r.itemId, r.correct]));
}

function shuffle<T>(list: T[]): T[] {
	const copy = [...list];
	for (let i = copy.length - 1; i > 0; i--) {
		const j = Math.floor(Math.random() * (i + 1));
		[copy[i], copy[j]] = [copy[j], copy[i]];
	}
	return copy;
}

/** Published items of the chosen banks, of the chosen difficulty and for the chosen audience. */
export function publishedItemFilters(
	settings: Pick<SessionSettings, 'bankIds' | 'difficulty' | 'audience'>
): SQL[] {
	const conditions: SQL[] = [
		fixed(eq(items.status, 'published')),
		inArray(items.bankId, settings.bankIds)
	];
	if (settings.difficulty !== 'any') conditions.push(eq(items.difficulty, settings.difficulty));
	if (settings.audience === 'doctor') conditions.push(eq(items.forDoctors, true));
	if (settings.audience === 'nurse') conditions.push(eq(items.forNurses, true));
	return conditions;
}

/**
 * Published items that match the settings, in the order they would be served. Items of the
 * learner's open timed tests are never served elsewhere, whatever was asked for.
 */
export function* selectItemIdsStep(
	db: DB,
	tx: Queries,
	userId: string,
	settings: SessionSettings,
	now: Date
): Step<string[]> {
	const conditions = publishedItemFilters(settings);
	if (settings.itemIds?.length) conditions.push(inArray(items.id, settings.itemIds));
	const held = yield* heldBackItemIdsStep(db, tx, userId);
	const eligible = (yield* run(
		tx
			.select({ id: items.id })
			.from(items)
			.where(and(...conditions))
	))
		.map((r) => r.id)
		.filter((id) => !held.has(id));

	switch (settings.selection) {
		case 'all':
			return shuffle(eligible);
		case 'unseen': {
			const seen = yield* latestAnswerCorrectness(tx, userId);
			return shuffle(eligible.filter((id) => !seen.has(id)));
		}
		case 'wrong': {
			const latest = yield* latestAnswerCorrectness(tx, userId);
			return shuffle(eligible.filter((id) => latest.get(id) === false));
		}
		case 'flagged': {
			const rows = yield* run(
				tx.select({ itemId: itemFlags.itemId }).from(itemFlags).where(eq(itemFlags.userId, userId))
			);
			const flagged = new Set(rows.map((r) => r.itemId));
			return shuffle(eligible.filter((id) => flagged.has(id)));
		}
		case 'due': {
			const allowed = new Set(eligible);
			return (yield* dueItemIdsStep(tx, userId, now)).filter((id) => allowed.has(id));
		}
	}
}

/** The items a session of these settings would serve (see `selectItemIdsStep`). */
export function selectItemIds(
	db: DB,
	userId: string,
	settings: SessionSettings,
	now: Date
): Promise<string[]> {
	return perform(db, selectItemIdsStep(db, db, userId, settings, now));
}

export type StartSessionResult =
	{ ok: true; session: QuizSession } | { ok: false; message: string };

/** Chooses the items and creates the session; a timed test's deadline is fixed now. */
export function* startSessionStep(
	db: DB,
	tx: Queries,
	userId: string,
	input: StartSessionInput,
	now = new Date()
): Step<StartSessionResult> {
	const { settings } = input;
	if (!settings.bankIds.length) return { ok: false, message: 'Choose at least one bank.' };
	const count = Math.min(Math.max(1, Math.floor(settings.requestedCount)), MAX_SESSION_ITEMS);
	const chosen = (yield* selectItemIdsStep(db, tx, userId, settings, now)).slice(0, count);
	if (!chosen.length)
		return {
			ok: false,
			message:
				'No questions match these choices. Try other banks, or all questions rather than a subset.'
		};

	const versions = yield* run(
		tx
			.select({ itemId: items.id, versionId: items.currentVersionId, spec: itemVersions.spec })
			.from(items)
			.innerJoin(itemVersions, eq(itemVersions.id, items.currentVersionId))
			.where(inArray(items.id, chosen))
	);
	const byId = new Map(versions.map((v) => [v.itemId, v]));
	const rows = chosen.map((itemId, index) => {
		const v = byId.get(itemId)!;
		return {
			position: index + 1,
			itemId,
			itemVersionId: v.versionId,
			maxMarks: maxMarksFor(v.spec)
		};
	});

	const timed = input.mode === 'timed';
	const secondsPerItem = timed ? clampSeconds(input.secondsPerItem) : null;
	const session = {
		id: newId(),
		userId,
		mode: input.mode,
		status: 'active' as const,
		settings: { ...settings, requestedCount: count },
		itemCount: rows.length,
		secondsPerItem,
		deadlineAt: secondsPerItem
			? new Date(now.getTime() + secondsPerItem * rows.length * 1000)
			: null,
		startedAt: now,
		finishedAt: null,
		marks: null,
		maxMarks: rows.reduce((n, r) => n + r.maxMarks, 0),
		moduleId: input.moduleId ?? null,
		finishOrder: null,
		retryOf: input.retryOf ?? null
	};
	yield* run(tx.insert(quizSessions).values(session));
	yield* run(
		tx.insert(quizSessionItems).values(rows.map((r) => ({ ...r, sessionId: session.id })))
	);
	return { ok: true, session };
}

/** Starts a session: its items chosen and written in one transaction. */
export function beginSession(
	db: DB,
	userId: string,
	input: StartSessionInput,
	now = new Date()
): Promise<StartSessionResult> {
	return transaction(db, (tx) => startSessionStep(db, tx, userId, input, now));
}

function clampSeconds(seconds: number | undefined): number {
	if (!seconds || !Number.isFinite(seconds)) return DEFAULT_SECONDS_PER_ITEM;
	return Math.min(Math.max(Math.round(seconds), MIN_SECONDS_PER_ITEM), MAX_SECONDS_PER_ITEM);
}
