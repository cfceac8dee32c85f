import { and, desc, eq, isNull } from 'drizzle-orm';
import type { DB, Queries } from '$lib/server/db';
import { perform, run, type Step } from '$lib/server/db/steps';
import { notifications } from '$lib/server/db/tables';

export interface NotificationView {
	id: number;
	message: string;
	href: string | null;
	createdAt: Date;
}

/** Leaves a message for a user, shown on their home page until they dismiss it. */
export function* notifyStep(
	tx: Queries,
	userId: string,
	message: string,
	now = new Date(),
	href: string | null = null
): Step<void> {
	yield* run(tx.insert(notifications).values({ userId, message, href, createdAt: now }));
}

/** The user's messages not yet dismissed, newest first. */
export function* unreadNotificationsStep(tx: Queries, userId: string): Step<NotificationView[]> {
	return yield* run(
		tx
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
	);
}

/** The user's messages not yet dismissed (see `unreadNotificationsStep`). */
export function unreadNotifications(db: DB, userId: string): Promise<NotificationView[]> {
	return perform(db, unreadNotificationsStep(db, userId));
}

/** Dismisses one of the user's own messages; another user's id changes nothing. */
export function* dismissNotificationStep(
	tx: Queries,
	userId: string,
	id: number,
	now = new Date()
): Step<boolean> {
	const dismissed = yield* run(
		tx
			.update(notifications)
			.set({ readAt: now })
			.where(
				and(
					eq(notifications.id, id),
					eq(notifications.userId, userId),
					isNull(notifications.readAt)
				)
			)
			.returning({ id: notifications.id })
	);
	return dismissed.length === 1;
}

/** Dismisses one of the user's own messages (see `dismissNotificationStep`). */
export function dismissNotification(
	db: DB,
	userId: string,
	id: number,
	now = new Date()
): Promise<boolean> {
	return perform(db, dismissNotificationStep(db, userId, id, now));
}
