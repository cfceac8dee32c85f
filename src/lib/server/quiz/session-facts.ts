import { asc, eq, sql } from 'drizzle-orm';
import type { DB } from '$lib/server/db';
import { perHandle, preparedStep } from '$lib/server/db/prepared';
import { all, perform } from '$lib/server/db/steps';
import { quizSessionItems, quizSessions } from '$lib/server/db/tables';
import { slotItem, type AnsweredSession, type SlotItem } from './session';

/**
 * A session's owner, mode, size and deadline, and the item at each of its positions: all fixed
 * when it starts, so a copy kept by one server stays true whatever another server writes. Its
 * status is not among them: it changes, and the statements that depend on it check it themselves.
 */
export interface SessionFacts {
	session: AnsweredSession;
	slots: ReadonlyMap<number, SlotItem>;
}

/** Sessions whose facts a server keeps, most recently used first out of the eviction order. */
const KEPT_SESSIONS = 5_000;

const kept = perHandle(() => new Map<string, SessionFacts>());

const sessionRow = preparedStep((db) =>
	db
		.select({
			id: quizSessions.id,
			userId: quizSessions.userId,
			mode: quizSessions.mode,
			itemCount: quizSessions.itemCount,
			deadlineAt: quizSessions.deadlineAt
		})
		.from(quizSessions)
		.where(eq(quizSessions.id, sql.placeholder('id')))
);

const slotItems = preparedStep((db) =>
	db
		.select({ position: quizSessionItems.position, ...slotItem })
		.from(quizSessionItems)
		.where(eq(quizSessionItems.sessionId, sql.placeholder('id')))
		.orderBy(asc(quizSessionItems.position))
);

/**
 * The facts of a session, read (session and slots in one round trip) the first time this server
 * needs them and kept after that; null when there is no such session. Each answer to a session
 * after its first is checked and scored without reading the session or its slot again.
 */
export async function sessionFacts(db: DB, id: string): Promise<SessionFacts | null> {
	const known = kept(db);
	const hit = known.get(id);
	if (hit) {
		known.delete(id);
		known.set(id, hit);
		return hit;
	}
	const [[session], slots] = await perform(
		db,
		all([sessionRow(db, db, { id }), slotItems(db, db, { id })])
	);
	if (!session) return null;
	const facts: SessionFacts = {
		session,
		slots: new Map(slots.map(({ position, ...item }) => [position, item]))
	};
	known.set(id, facts);
	if (known.size > KEPT_SESSIONS) known.delete(known.keys().next().value!);
	return facts;
}
