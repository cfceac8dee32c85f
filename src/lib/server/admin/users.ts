import { asc, count, eq, isNotNull, isNull, or, sql } from 'drizzle-orm';
import type { DB } from '../db';
import {
	certificates,
	cohorts,
	passwordResetTokens,
	trainingModules,
	users,
	type Profession,
	type Role
} from '../db/schema';
import { invalidateUserSessionsStep } from '../auth/session';
import { countActiveAdminsStep } from '../auth/user';
import { runSync } from '../db/steps';

export const USERS_PAGE_SIZE = 50;

export interface AdminUserRow {
	id: string;
	email: string;
	displayName: string;
	profession: Profession;
	role: Role;
	deactivatedAt: Date | null;
	createdAt: Date;
}

export interface UserPage {
	users: AdminUserRow[];
	total: number;
	/** 1-based, as asked for: a page past the last has no users. */
	page: number;
	pages: number;
}

/** `%` and `_` typed into the search match themselves, not any text. */
function containsPattern(query: string): string {
	return `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * One page of accounts whose name or email contains `query` (any case), by name then email
 * then id, so that people who share a name keep one order from page to page.
 */
export function searchUsers(
	db: DB,
	options: { query?: string; page?: number; pageSize?: number } = {}
): UserPage {
	const query = (options.query ?? '').normalize('NFC').trim();
	const pageSize = options.pageSize ?? USERS_PAGE_SIZE;
	const pattern = containsPattern(query);
	const matching = query
		? or(
				sql`${users.displayName} like ${pattern} escape '\\'`,
				sql`${users.email} like ${pattern} escape '\\'`
			)
		: undefined;
	const total = db.select({ n: count() }).from(users).where(matching).get()?.n ?? 0;
	const pages = Math.max(1, Math.ceil(total / pageSize));
	const page = options.page ?? 1;
	const rows = db
		.select({
			id: users.id,
			email: users.email,
			displayName: users.displayName,
			profession: users.profession,
			role: users.role,
			deactivatedAt: users.deactivatedAt,
			createdAt: users.createdAt
		})
		.from(users)
		.where(matching)
		.orderBy(sql`${users.displayName} collate nocase`, asc(users.email), asc(users.id))
		.limit(pageSize)
		.offset((page - 1) * pageSize)
		.all();
	return { users: rows, total, page, pages };
}

export type AccountChange = { ok: true } | { ok: false; message: string };

/**
 * Deactivates an account: it can no longer log in, and every session it has ends now, as do
 * reset links issued for it. An administrator cannot deactivate themselves, nor the last active
 * administrator.
 */
export function deactivateUser(
	db: DB,
	actorId: string,
	userId: string,
	now = new Date()
): AccountChange {
	if (actorId === userId) return { ok: false, message: 'You cannot deactivate your own account.' };
	return db.transaction((tx) => {
		const user = tx.select().from(users).where(eq(users.id, userId)).get();
		if (!user) return { ok: false as const, message: 'There is no such user.' };
		if (user.deactivatedAt) return { ok: true as const };
		if (user.role === 'admin' && runSync(countActiveAdminsStep(tx)) <= 1)
			return {
				ok: false as const,
				message: 'This is the last active administrator: the platform needs one.'
			};
		tx.update(users).set({ deactivatedAt: now }).where(eq(users.id, userId)).run();
		runSync(invalidateUserSessionsStep(tx, userId));
		tx.delete(passwordResetTokens).where(eq(passwordResetTokens.userId, userId)).run();
		return { ok: true as const };
	});
}

/** Lets a deactivated account log in again, with its password as it was. */
export function reactivateUser(db: DB, userId: string): AccountChange {
	const changed = db
		.update(users)
		.set({ deactivatedAt: null })
		.where(eq(users.id, userId))
		.run().changes;
	return changed ? { ok: true } : { ok: false, message: 'There is no such user.' };
}

export interface AdminOverview {
	users: number;
	learners: number;
	educators: number;
	admins: number;
	deactivated: number;
	cohorts: number;
	modules: number;
	certificates: number;
}

/** The figures on the administration home page. */
export function adminOverview(db: DB): AdminOverview {
	const byRole = db
		.select({ role: users.role, n: count() })
		.from(users)
		.where(isNull(users.deactivatedAt))
		.groupBy(users.role)
		.all();
	const active = (role: Role) => byRole.find((r) => r.role === role)?.n ?? 0;
	const tally = (table: typeof cohorts | typeof trainingModules | typeof certificates) =>
		db.select({ n: count() }).from(table).get()?.n ?? 0;
	return {
		users: db.select({ n: count() }).from(users).get()?.n ?? 0,
		learners: active('learner'),
		educators: active('educator'),
		admins: active('admin'),
		deactivated:
			db.select({ n: count() }).from(users).where(isNotNull(users.deactivatedAt)).get()?.n ?? 0,
		cohorts: tally(cohorts),
		modules: tally(trainingModules),
		certificates: tally(certificates)
	};
}
