import { and, eq } from 'drizzle-orm';
import type { DB } from '$lib/server/db';
import { NOTE_MAX, REPORT_MAX } from '$lib/quiz';
import { itemFlags, itemNotes, itemReports } from '$lib/server/db/tables';

/** Sets or clears a learner's flag on an item; idempotent, so a replay leaves the same state. */
export async function setFlag(
	db: DB,
	userId: string,
	itemId: string,
	flagged: boolean,
	now = new Date()
): Promise<void> {
	if (flagged) {
		await db.insert(itemFlags).values({ userId, itemId, createdAt: now }).onConflictDoNothing();
	} else {
		await db
			.delete(itemFlags)
			.where(and(eq(itemFlags.userId, userId), eq(itemFlags.itemId, itemId)));
	}
}

/** Saves a learner's private note on an item; an empty note removes it. */
export async function saveNote(
	db: DB,
	userId: string,
	itemId: string,
	note: string,
	now = new Date()
): Promise<void> {
	const text = note.trim().slice(0, NOTE_MAX);
	if (!text) {
		await db
			.delete(itemNotes)
			.where(and(eq(itemNotes.userId, userId), eq(itemNotes.itemId, itemId)));
		return;
	}
	await db
		.insert(itemNotes)
		.values({ userId, itemId, note: text, updatedAt: now })
		.onConflictDoUpdate({
			target: [itemNotes.userId, itemNotes.itemId],
			set: { note: text, updatedAt: now }
		});
}

/** Stores a learner's report of a problem against the item version they saw. */
export async function reportProblem(
	db: DB,
	userId: string,
	itemId: string,
	itemVersionId: number,
	message: string,
	now = new Date()
): Promise<void> {
	await db.insert(itemReports).values({
		userId,
		itemId,
		itemVersionId,
		message: message.trim().slice(0, REPORT_MAX),
		createdAt: now
	});
}
