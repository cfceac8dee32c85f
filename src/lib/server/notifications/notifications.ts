import { and, desc, eq, isNull } from 'drizzle-orm';
import type { DB, Queries } from '../db';
import { notifications } from '../db/schema';

export interface NotificationView {
	id: number;
	message: string;
	href: string | null;
	createdAt: Date;
}

/** Leaves a message for a user, shown on their home page until they dismiss it. */
export function notify(
	db: Queries,
	userId: string,
	message: string,
	now = new Date(),
	href: string | null = null
): void {
	db.insert(notifications).values({ userId, message, href, createdAt: now }).run();
}

/** The user's messages not yet dismissed, newest first. */
export function unreadNotifications(db: DB, userId: string): NotificationView[] {
	return db
		.select({
			id: notifications.id,
			message: notifications.message,
			href: notifications.href,
			createdAt: notifications.createdAt
		})
		.from(notifications)
		.where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
		.orderBy(desc(notifications.id))
		.limit(20)
		.all();
}

/** Dismisses one of the user's own messages; another user's id changes nothing. */
export function dismissNotification(db: DB, userId: string, id: number, now = new Date()): boolean {
	return (
		db
			.update(notifications)
			.set({ readAt: now })
			.where(
				and(
					eq(notifications.id, id),
					eq(notifications.userId, userId),
					isNull(notifications.readAt)
				)
			)
			.run().changes === 1
	);
}
