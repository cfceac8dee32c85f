import { error } from '@sveltejs/kit';
import type { DB } from '../db';
import type { QuizSession } from '../db/schema';
import { currentSession, findOwnedSession } from './session';

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

/** A position within the session, from the URL; 404 when it is not one. */
export function requirePosition(session: QuizSession, raw: string): number {
	const position = /^\d+$/.test(raw) ? Number(raw) : NaN;
	if (!Number.isInteger(position) || position < 1 || position > session.itemCount)
		error(404, 'This session has no question at this position.');
	return position;
}
