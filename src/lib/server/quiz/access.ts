import { error } from '@sveltejs/kit';
import type { DB } from '$lib/server/db';
import type { QuizSession } from '$lib/server/db/schema';
import { versionSpecStep } from '$lib/server/bank/versions';
import { perform } from '$lib/server/db/steps';
import { sessionFacts } from './session-facts';
import { currentSession, findOwnedSession, type AnsweredSession, type Slot } from './session';

const NO_SESSION = 'There is no practice session at this address.';

/** The 404 for a position a session does not have, or whose question is gone. */
export function noQuestionHere(): never {
	error(404, 'This session has no question at this position.');
}

/** The question a form acts on; 404 when there is none at its position. */
export function requireSlot(slot: Slot | null): Slot {
	return slot ?? noQuestionHere();
}

/** The signed-in learner's own session, brought up to date; 404 for anyone else's or none. */
export async function openOwnSession(
	db: DB,
	userId: string,
	sessionId: string
): Promise<QuizSession> {
	const session = await findOwnedSession(db, userId, sessionId);
	if (!session) error(404, NO_SESSION);
	return currentSession(db, session);
}

/** A position as the URL gives it; NaN when it is not a whole number. */
function positionIn(raw: string): number {
	return /^\d+$/.test(raw) ? Number(raw) : NaN;
}

/** A position within the session, from the URL; 404 when it is not one. */
export function requirePosition(session: Pick<QuizSession, 'itemCount'>, raw: string): number {
	const position = positionIn(raw);
	if (!Number.isInteger(position) || position < 1 || position > session.itemCount) noQuestionHere();
	return position;
}

/**
 * What a form posted to a question acts on: the learner's own session (404 for anyone else's or
 * none), the position within it (as `requirePosition`) and the item there, null when there is
 * none. Only what never changes is read, from the session's kept facts (`sessionFacts`): the
 * session may have finished since, which the writes that depend on it check.
 */
export async function openOwnSlot(
	db: DB,
	userId: string,
	sessionId: string,
	rawPosition: string
): Promise<{ session: AnsweredSession; position: number; slot: Slot | null }> {
	const facts = await sessionFacts(db, sessionId);
	if (!facts || facts.session.userId !== userId) error(404, NO_SESSION);
	const position = requirePosition(facts.session, rawPosition);
	const item = facts.slots.get(position);
	const spec = item ? await perform(db, versionSpecStep(db, db, item.itemVersionId)) : null;
	return {
		session: facts.session,
		position,
		slot: item && spec ? { ...item, position, spec } : null
	};
}
