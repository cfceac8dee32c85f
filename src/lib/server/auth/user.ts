import * as v from 'valibot';
import { and, count, eq, isNull } from 'drizzle-orm';
import { newId } from '../ids';
import type { DB } from '../db';
import { users, type NewUser, type Role, type User } from '../db/schema';
import type { FieldErrors } from '../forms';
import { accountForm, type ProfileInput, type StudySettingsInput } from './forms';
import { hashPassword, verifyPassword } from './password';
import { admit, forgetAttempts, PASSWORD_CHECK_RULE } from './rate-limit';
import { invalidateUserSessions, type SignedInUser } from './session';

export function normaliseEmail(email: string): string {
	return email.trim().toLowerCase();
}

/** An account as typed into a form or passed on the command line; checked by `accountForm`. */
export interface NewAccount {
	email: string;
	password: string;
	displayName: string;
	profession: string;
	role?: Role;
}

export type AccountErrors = Partial<
	Record<'email' | 'password' | 'displayName' | 'profession', string>
>;

export type CreateUserResult = { ok: true; user: User } | { ok: false; errors: AccountErrors };

/** The first message for each field, as `parseForm` gives them. */
function fieldErrors(issues: [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]]): FieldErrors {
	const errors: FieldErrors = {};
	for (const [name, messages] of Object.entries(v.flatten(issues).nested ?? {}))
		if (messages?.length) errors[name] = messages[0];
	return errors;
}

export function getUserByEmail(db: DB, email: string): User | null {
	return (
		db
			.select()
			.from(users)
			.where(eq(users.email, normaliseEmail(email)))
			.get() ?? null
	);
}

export function getUserById(db: DB, id: string): User | null {
	return db.select().from(users).where(eq(users.id, id)).get() ?? null;
}

export type PreparedAccount = Omit<NewUser, 'id' | 'createdAt'>;

/**
 * Checks an account with the registration form's schema and hashes its password: the slow,
 * asynchronous half of creating one. Every way of creating an account comes through here.
 */
export async function prepareAccount(
	input: NewAccount
): Promise<{ ok: true; account: PreparedAccount } | { ok: false; errors: AccountErrors }> {
	const { role, ...fields } = input;
	const parsed = v.safeParse(accountForm, fields);
	if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.issues) };
	const account = parsed.output;
	return {
		ok: true,
		account: {
			email: account.email,
			passwordHash: await hashPassword(account.password),
			displayName: account.displayName,
			profession: account.profession,
			role: role ?? 'learner'
		}
	};
}

/** Inserts a prepared account; synchronous, so a caller's checks and the insert cannot interleave. */
export function insertAccount(db: DB, account: PreparedAccount): CreateUserResult {
	const inserted = db
		.insert(users)
		.values({ ...account, id: newId() })
		.onConflictDoNothing({ target: users.email })
		.returning()
		.get();
	if (!inserted)
		return { ok: false, errors: { email: 'An account with this email already exists.' } };
	return { ok: true, user: inserted };
}

export async function createUser(db: DB, input: NewAccount): Promise<CreateUserResult> {
	const prepared = await prepareAccount(input);
	return prepared.ok ? insertAccount(db, prepared.account) : prepared;
}

/** Saves a profile read by `profileForm`. */
export function updateProfile(db: DB, userId: string, profile: ProfileInput): void {
	db.update(users)
		.set({ displayName: profile.displayName, profession: profile.profession })
		.where(eq(users.id, userId))
		.run();
}

export type ChangePasswordResult =
	| { ok: true }
	| { ok: false; errors: { currentPassword: string } }
	| { ok: false; retryAfterMs: number };

/**
 * Changes a password read by `passwordChangeForm` after checking the current one, and ends the
 * user's other sessions. Checks of the current password are throttled per user, as logins are:
 * a stolen session must not become a way to guess the password.
 */
export async function changePassword(
	db: DB,
	user: SignedInUser,
	currentSessionId: string,
	passwords: { currentPassword: string; newPassword: string },
	now = Date.now()
): Promise<ChangePasswordResult> {
	const throttleKey = `password:${user.id}`;
	const admission = admit(db, throttleKey, PASSWORD_CHECK_RULE, now);
	if (!admission.ok) return admission;
	const stored = getUserById(db, user.id);
	if (!stored || !(await verifyPassword(stored.passwordHash, passwords.currentPassword)))
		return { ok: false, errors: { currentPassword: 'Your current password is not correct.' } };
	forgetAttempts(db, throttleKey);
	const passwordHash = await hashPassword(passwords.newPassword);
	db.transaction((tx) => {
		tx.update(users).set({ passwordHash }).where(eq(users.id, user.id)).run();
		invalidateUserSessions(tx as unknown as DB, user.id, currentSessionId);
	});
	return { ok: true };
}

export function countAdmins(db: DB): number {
	return db.select({ n: count() }).from(users).where(eq(users.role, 'admin')).get()?.n ?? 0;
}

/** Administrators who can still log in: the platform never goes without one. */
export function countActiveAdmins(db: DB): number {
	return (
		db
			.select({ n: count() })
			.from(users)
			.where(and(eq(users.role, 'admin'), isNull(users.deactivatedAt)))
			.get()?.n ?? 0
	);
}

/** Changes a user's role; the platform always keeps at least one active administrator. */
export function setUserRole(
	db: DB,
	userId: string,
	role: Role
): { ok: true } | { ok: false; message: string } {
	return db.transaction((tx) => {
		const user = tx.select().from(users).where(eq(users.id, userId)).get();
		if (!user) return { ok: false as const, message: 'There is no such user.' };
		if (
			user.role === 'admin' &&
			role !== 'admin' &&
			!user.deactivatedAt &&
			countActiveAdmins(tx as unknown as DB) <= 1
		)
			return { ok: false as const, message: 'The platform needs at least one administrator.' };
		tx.update(users).set({ role }).where(eq(users.id, userId)).run();
		return { ok: true as const };
	});
}

/** Saves the spaced-review target and the time zone that decides where a learner's days begin. */
export function updateStudySettings(db: DB, userId: string, settings: StudySettingsInput): void {
	db.update(users)
		.set({ desiredRetention: settings.desiredRetention / 100, timeZone: settings.timeZone })
		.where(eq(users.id, userId))
		.run();
}
