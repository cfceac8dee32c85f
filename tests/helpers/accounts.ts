import { expect, type Page } from '@playwright/test';
import type { Profession, Role } from '../../src/lib/accounts';
import { createUser } from '../../src/lib/server/auth/user';
import { suiteDatabase, withDatabase, type TestDatabase } from './db';

export const PASSWORD = 'correct horse battery staple';

let counter = 0;

/** A unique email for this run, so tests never collide on the shared database. */
export function uniqueEmail(prefix: string): string {
	counter += 1;
	return `${prefix}.${Date.now().toString(36)}${counter}@example.org`;
}

/**
 * Creates an account as the administrators' shell command does, through the same domain
 * function, in this process: no process is started per account.
 */
export async function createAccount(options: {
	role?: Role;
	name?: string;
	profession?: Profession;
	email?: string;
	/** Another server's database; the suite's own by default. */
	database?: TestDatabase;
}) {
	const email = options.email ?? uniqueEmail(options.role ?? 'learner');
	const name = options.name ?? email.split('@')[0];
	const result = await withDatabase(options.database ?? suiteDatabase(), (db) =>
		createUser(db, {
			email,
			password: PASSWORD,
			displayName: name,
			profession: options.profession ?? 'other',
			role: options.role ?? 'learner'
		})
	);
	if (!result.ok) throw new Error(`No account for ${email}: ${JSON.stringify(result.errors)}`);
	return { email, password: PASSWORD, name };
}

export async function logIn(page: Page, email: string, password = PASSWORD) {
	await page.goto('/login');
	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Password').fill(password);
	await page.getByRole('button', { name: 'Log in' }).click();
	// On a phone "Log out" waits behind the header's menu.
	await expect(
		page
			.getByRole('button', { name: 'Log out' })
			.or(page.getByText('Menu', { exact: true }))
			.filter({ visible: true })
	).toBeVisible();
}
