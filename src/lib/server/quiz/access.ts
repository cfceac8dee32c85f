import { error } from '@sveltejs/kit';
import type { DB } from '../db';
import type { QuizSession } from '../db/schema';
import { currentSession, findOwnedSession, loadSlot, type Slot } from './session';

/** The signed-in learner's own session, brought up to date; 404 for anyone else's or none. */
export async function openOwnSession(
	db: DB,
	userId: string,
	sessionId: string
): Promise<QuizSession> {
	const session = await findOwnedSession(db, userId, sessionId);
	if (!session) error(404, 'There is no practice session at this address.');
	return currentSession(db, session);
}

/** A position as the URL gives it; NaN when it is not a whole number. */
function positionIn(raw: string): number {
	return /^\d+$/.test(raw) ? Number(raw) : NaN;
}

/** A position within the session, from the URL; 404 when it is not one. */
export function requirePosition(session: QuizSession, raw: string): number {
	const position = positionIn(raw);
	if (!Number.isInteger(position) || position < 1 || position > session.itemCount)
		error(404, 'This session has no question at this position.');
	return position;
}

/**
 * The learner's own session (as `openOwnSession`), the position within it (as `requirePosition`)
 * and the item at that position, null when there is none. The item is read alongside the session,
 * in the same round trip to the database, and returned only once the session is the learner's.
 */
export async function openOwnSlot(
	db: DB,
	userId: string,
	sessionId: string,
	rawPosition: string
): Promise<{ session: QuizSession; position: number; slot: Slot | null }> {
	const [session, slot] = await Promise.all([
		openOwnSession(db, userId, sessionId),
		loadSlot(db, sessionId, positionIn(rawPosition) || 0)
	]);
	return { session, position: requirePosition(session, rawPosition), slot };
}
