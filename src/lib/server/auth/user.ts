import { PROFESSIONS } from '$lib/accounts';
import { choice, field } from '../forms';
import { newId } from '../ids';
import { eq, count } from 'drizzle-orm';
import type { DB } from '../db';
import { users, type NewUser, type Profession, type Role, type User } from '../db/schema';
import { hashPassword, passwordProblem, verifyPassword } from './password';
import { invalidateUserSessions, type SignedInUser } from './session';

export const DISPLAY_NAME_MAX = 80;
export const EMAIL_MAX = 254;

export function normaliseEmail(email: string): string {
	return email.trim().toLowerCase();
}

export function emailProblem(email: string): string | null {
	if (!email) return 'Enter your email address.';
	if (email.length > EMAIL_MAX || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
		return 'Enter a valid email address, like name@example.org.';
	return null;
}

export function displayNameProblem(name: string): string | null {
	if (!name.trim()) return 'Enter your name.';
	if (name.trim().length > DISPLAY_NAME_MAX) return `Use at most ${DISPLAY_NAME_MAX} characters.`;
	return null;
}

export interface NewAccount {
	email: string;
	password: string;
	displayName: string;
	profession: Profession;
	role?: Role;
}

/**
 * The fields of a registration form: `values` to show again with any errors, `password` kept
 * apart so it is never sent back.
 */
export function readAccountForm(form: FormData) {
	const values = {
		email: field(form, 'email'),
		displayName: field(form, 'displayName'),
		profession: choice(form, 'profession', PROFESSIONS, 'other')
	};
	return { values, password: field(form, 'password') };
}

export type AccountErrors = Partial<Record<'email' | 'password' | 'displayName', string>>;

export type CreateUserResult = { ok: true; user: User } | { ok: false; errors: AccountErrors };

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

/** Validates an account and hashes its password: the slow, asynchronous half of creating one. */
export async function prepareAccount(
	input: NewAccount
): Promise<{ ok: true; account: PreparedAccount } | { ok: false; errors: AccountErrors }> {
	const email = normaliseEmail(input.email);
	const errors: AccountErrors = {};
	const emailError = emailProblem(email);
	if (emailError) errors.email = emailError;
	const passwordError = passwordProblem(input.password, email);
	if (passwordError) errors.password = passwordError;
	const nameError = displayNameProblem(input.displayName);
	if (nameError) errors.displayName = nameError;
	if (Object.keys(errors).length) return { ok: false, errors };
	return {
		ok: true,
		account: {
			email,
			passwordHash: await hashPassword(input.password),
			displayName: input.displayName.trim(),
			profession: input.profession,
			role: input.role ?? 'learner'
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

export function updateProfile(
	db: DB,
	userId: string,
	profile: { displayName: string; profession: Profession }
): void {
	db.update(users)
		.set({ displayName: profile.displayName.trim(), profession: profile.profession })
		.where(eq(users.id, userId))
		.run();
}

export type ChangePasswordResult =
	{ ok: true } | { ok: false; errors: Partial<Record<'currentPassword' | 'newPassword', string>> };

/** Changes a password after checking the current one, and ends the user's other sessions. */
export async function changePassword(
	db: DB,
	user: SignedInUser,
	currentSessionId: string,
	currentPassword: string,
	newPassword: string
): Promise<ChangePasswordResult> {
	const stored = getUserById(db, user.id);
	if (!stored || !(await verifyPassword(stored.passwordHash, currentPassword)))
		return { ok: false, errors: { currentPassword: 'Your current password is not correct.' } };
	const problem = passwordProblem(newPassword, user.email);
	if (problem) return { ok: false, errors: { newPassword: problem } };
	const passwordHash = await hashPassword(newPassword);
	db.transaction((tx) => {
		tx.update(users).set({ passwordHash }).where(eq(users.id, user.id)).run();
		invalidateUserSessions(tx as unknown as DB, user.id, currentSessionId);
	});
	return { ok: true };
}

export function countAdmins(db: DB): number {
	return db.select({ n: count() }).from(users).where(eq(users.role, 'admin')).get()?.n ?? 0;
}

export interface UserSummary {
	id: string;
	email: string;
	displayName: string;
	profession: Profession;
	role: Role;
	createdAt: Date;
}

export function listUsers(db: DB): UserSummary[] {
	return db
		.select({
			id: users.id,
			email: users.email,
			displayName: users.displayName,
			profession: users.profession,
			role: users.role,
			createdAt: users.createdAt
		})
		.from(users)
		.orderBy(users.displayName)
		.all();
}

/** Changes a user's role; the platform always keeps at least one administrator. */
export function setUserRole(
	db: DB,
	userId: string,
	role: Role
): { ok: true } | { ok: false; message: string } {
	return db.transaction((tx) => {
		const user = tx.select().from(users).where(eq(users.id, userId)).get();
		if (!user) return { ok: false as const, message: 'There is no such user.' };
		if (user.role === 'admin' && role !== 'admin' && countAdmins(tx as unknown as DB) <= 1)
			return { ok: false as const, message: 'The platform needs at least one administrator.' };
		tx.update(users).set({ role }).where(eq(users.id, userId)).run();
		return { ok: true as const };
	});
}

export const RETENTION_MIN = 0.8;
export const RETENTION_MAX = 0.95;

export function isTimeZone(zone: string): boolean {
	try {
		new Intl.DateTimeFormat('en-GB', { timeZone: zone });
		return zone.length > 0;
	} catch {
		return false;
	}
}

export type StudySettingsErrors = Partial<Record<'desiredRetention' | 'timeZone', string>>;

/** Saves the spaced-review target and the time zone that decides where a learner's days begin. */
export function updateStudySettings(
	db: DB,
	userId: string,
	settings: { desiredRetention: number; timeZone: string }
): StudySettingsErrors | null {
	const errors: StudySettingsErrors = {};
	const retention = settings.desiredRetention;
	if (!Number.isFinite(retention) || retention < RETENTION_MIN || retention > RETENTION_MAX)
		errors.desiredRetention = `Choose a retention from ${RETENTION_MIN * 100}% to ${RETENTION_MAX * 100}%.`;
	if (!isTimeZone(settings.timeZone)) errors.timeZone = 'Choose a time zone from the list.';
	if (Object.keys(errors).length) return errors;
	db.update(users)
		.set({ desiredRetention: Math.round(retention * 100) / 100, timeZone: settings.timeZone })
		.where(eq(users.id, userId))
		.run();
	return null;
}
