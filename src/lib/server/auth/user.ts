import * as v from 'valibot';
import { and, count, eq, isNull } from 'drizzle-orm';
import { fixed } from '$lib/server/db/prepared';
import { newId } from '$lib/server/ids';
import type { DB, Queries } from '$lib/server/db';
import { perform, run, transaction, type Step } from '$lib/server/db/steps';
import { users, type NewUser, type Role, type User } from '$lib/server/db/tables';
import type { FieldErrors } from '$lib/server/forms';
import { accountForm, type ProfileInput, type StudySettingsInput } from './forms';
import { hashPassword, verifyPassword } from './password';
import { admit, forgetAttempts, PASSWORD_CHECK_RULE } from './rate-limit';
import { invalidateUserSessionsStep, type SignedInUser } from './session';

/**
 * The lock of every transaction that counts administrators and then changes one (a role, first-run
 * setup), so two of them on PostgreSQL cannot each see the other's administrator still there.
 */
export const ADMINISTRATORS_LOCK = 'administrators';

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

export async function getUserByEmail(db: DB, email: string): Promise<User | null> {
	const [user] = await db
		.select()
		.from(users)
		.where(eq(users.email, normaliseEmail(email)))
		.limit(1);
	return user ?? null;
}

export async function getUserById(db: DB, id: string): Promise<User | null> {
	const [user] = await db.select().from(users).where(eq(users.id, id)).limit(1);
	return user ?? null;
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

/**
 * Inserts a prepared account, unless one has its email: the unique email decides, so of two
 * inserts racing with one email exactly one creates the account, on either database.
 */
export function* insertAccountStep(tx: Queries, account: PreparedAccount): Step<CreateUserResult> {
	const [inserted] = yield* run(
		tx
			.insert(users)
			.values({ ...account, id: newId() })
			.onConflictDoNothing({ target: users.email })
			.returning()
	);
	if (!inserted)
		return { ok: false, errors: { email: 'An account with this email already exists.' } };
	return { ok: true, user: inserted };
}

/** `insertAccountStep` on its own. */
export function insertAccount(db: DB, account: PreparedAccount): Promise<CreateUserResult> {
	return perform(db, insertAccountStep(db, account));
}

export async function createUser(db: DB, input: NewAccount): Promise<CreateUserResult> {
	const prepared = await prepareAccount(input);
	return prepared.ok ? insertAccount(db, prepared.account) : prepared;
}

/** Saves a profile read by `profileForm`. */
export async function updateProfile(db: DB, userId: string, profile: ProfileInput): Promise<void> {
	await db
		.update(users)
		.set({ displayName: profile.displayName, profession: profile.profession })
		.where(eq(users.id, userId));
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
	const admission = await admit(db, throttleKey, PASSWORD_CHECK_RULE, now);
	if (!admission.ok) return admission;
	const stored = await getUserById(db, user.id);
	if (!stored || !(await verifyPassword(stored.passwordHash, passwords.currentPassword)))
		return { ok: false, errors: { currentPassword: 'Your current password is not correct.' } };
	await forgetAttempts(db, throttleKey);
	const passwordHash = await hashPassword(passwords.newPassword);
	await transaction(db, function* (tx) {
		yield* run(tx.update(users).set({ passwordHash }).where(eq(users.id, user.id)));
		yield* invalidateUserSessionsStep(tx, user.id, currentSessionId);
	});
	return { ok: true };
}

export function* countAdminsStep(tx: Queries): Step<number> {
	const [row] = yield* run(
		tx
			.select({ n: count() })
			.from(users)
			.where(fixed(eq(users.role, 'admin')))
	);
	return row?.n ?? 0;
}

export function countAdmins(db: DB): Promise<number> {
	return perform(db, countAdminsStep(db));
}

/** Administrators who can still log in: the platform never goes without one. */
export function* countActiveAdminsStep(tx: Queries): Step<number> {
	const [row] = yield* run(
		tx
			.select({ n: count() })
			.from(users)
			.where(and(fixed(eq(users.role, 'admin')), isNull(users.deactivatedAt)))
	);
	return row?.n ?? 0;
}

export function countActiveAdmins(db: DB): Promise<number> {
	return perform(db, countActiveAdminsStep(db));
}

/** Changes a user's role; the platform always keeps at least one active administrator. */
export function setUserRole(
	db: DB,
	userId: string,
	role: Role
): Promise<{ ok: true } | { ok: false; message: string }> {
	return transaction(
		db,
		function* (tx): Step<{ ok: true } | { ok: false; message: string }> {
			const [user] = yield* run(tx.select().from(users).where(eq(users.id, userId)).limit(1));
			if (!user) return { ok: false, message: 'There is no such user.' };
			if (
				user.role === 'admin' &&
				role !== 'admin' &&
				!user.deactivatedAt &&
				(yield* countActiveAdminsStep(tx)) <= 1
			)
				return { ok: false, message: 'The platform needs at least one administrator.' };
			yield* run(tx.update(users).set({ role }).where(eq(users.id, userId)));
			return { ok: true };
		},
		{ locks: [ADMINISTRATORS_LOCK] }
	);
}

/** Saves the spaced-review target and the time zone that decides where a learner's days begin. */
export async function updateStudySettings(
	db: DB,
	userId: string,
	settings: StudySettingsInput
): Promise<void> {
	await db
		.update(users)
		.set({ desiredRetention: settings.desiredRetention / 100, timeZone: settings.timeZone })
		.where(eq(users.id, userId));
}
