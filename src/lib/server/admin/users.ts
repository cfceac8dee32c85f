import { asc, count, eq, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { DB } from '$lib/server/db';
import {
	certificates,
	cohorts,
	passwordResetTokens,
	trainingModules,
	users,
	type Profession,
	type Role
} from '$lib/server/db/tables';
import { invalidateUserSessionsStep } from '$lib/server/auth/session';
import { ADMINISTRATORS_LOCK, countActiveAdminsStep } from '$lib/server/auth/user';
import { onPostgres, run, transaction, type Step } from '$lib/server/db/steps';

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
 * Names compared as SQLite's `nocase` compares them: ASCII letters folded, everything else by
 * code point. PostgreSQL gets the same from `lower` under the "C" collation, whatever the
 * database's own collation is.
 */
function nameOrder(db: DB) {
	return onPostgres(db)
		? sql`lower(${users.displayName}) collate "C"`
		: sql`${users.displayName} collate nocase`;
}

/**
 * Whether a column contains the pattern, ignoring the case of ASCII letters as SQLite's `like`
 * does; PostgreSQL's `like` heeds case, so there both sides are lowered.
 */
function contains(db: DB, column: typeof users.email | typeof users.displayName, pattern: string) {
	return onPostgres(db)
		? sql`lower(${column}) like lower(${pattern}) escape '\\'`
		: sql`${column} like ${pattern} escape '\\'`;
}

/**
 * One page of accounts whose name or email contains `query` (any case), by name then email
 * then id, so that people who share a name keep one order from page to page.
 */
export async function searchUsers(
	db: DB,
	options: { query?: string; page?: number; pageSize?: number } = {}
): Promise<UserPage> {
	const query = (options.query ?? '').normalize('NFC').trim();
	const pageSize = options.pageSize ?? USERS_PAGE_SIZE;
	const pattern = containsPattern(query);
	const matching = query
		? or(contains(db, users.displayName, pattern), contains(db, users.email, pattern))
		: undefined;
	const [counted] = await db.select({ n: count() }).from(users).where(matching);
	const total = counted?.n ?? 0;
	const pages = Math.max(1, Math.ceil(total / pageSize));
	const page = options.page ?? 1;
	const rows = await db
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
		.orderBy(nameOrder(db), asc(users.email), asc(users.id))
		.limit(pageSize)
		.offset((page - 1) * pageSize);
	return { users: rows, total, page, pages };
}

export type AccountChange = { ok: true } | { ok: false; message: string };

/**
 * Deactivates an account: it can no longer log in, and every session it has ends now, as do
 * reset links issued for it. An administrator cannot deactivate themselves, nor the last active
 * administrator: the transaction holds the administrators' lock, as role changes do, so two
 * administrators deactivating each other at once leave one.
 */
export async function deactivateUser(
	db: DB,
	actorId: string,
	userId: string,
	now = new Date()
): Promise<AccountChange> {
	if (actorId === userId) return { ok: false, message: 'You cannot deactivate your own account.' };
	return transaction(
		db,
		function* (tx): Step<AccountChange> {
			const [user] = yield* run(tx.select().from(users).where(eq(users.id, userId)).limit(1));
			if (!user) return { ok: false, message: 'There is no such user.' };
			if (user.deactivatedAt) return { ok: true };
			if (user.role === 'admin' && (yield* countActiveAdminsStep(tx)) <= 1)
				return {
					ok: false,
					message: 'This is the last active administrator: the platform needs one.'
				};
			yield* run(tx.update(users).set({ deactivatedAt: now }).where(eq(users.id, userId)));
			yield* invalidateUserSessionsStep(tx, userId);
			yield* run(tx.delete(passwordResetTokens).where(eq(passwordResetTokens.userId, userId)));
			return { ok: true };
		},
		{ locks: [ADMINISTRATORS_LOCK] }
	);
}

/** Lets a deactivated account log in again, with its password as it was. */
export async function reactivateUser(db: DB, userId: string): Promise<AccountChange> {
	const changed = await db
		.update(users)
		.set({ deactivatedAt: null })
		.where(eq(users.id, userId))
		.returning({ id: users.id });
	return changed.length ? { ok: true } : { ok: false, message: 'There is no such user.' };
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
export async function adminOverview(db: DB): Promise<AdminOverview> {
	const byRole = await db
		.select({ role: users.role, n: count() })
		.from(users)
		.where(isNull(users.deactivatedAt))
		.groupBy(users.role);
	const active = (role: Role) => byRole.find((r) => r.role === role)?.n ?? 0;
	const rows = async (
		table: typeof users | typeof cohorts | typeof trainingModules | typeof certificates,
		where?: SQL
	) => {
		const [row] = await db.select({ n: count() }).from(table).where(where);
		return row?.n ?? 0;
	};
	return {
		users: await rows(users),
		learners: active('learner'),
		educators: active('educator'),
		admins: active('admin'),
		deactivated: await rows(users, isNotNull(users.deactivatedAt)),
		cohorts: await rows(cohorts),
		modules: await rows(trainingModules),
		certificates: await rows(certificates)
	};
}
