import { execFileSync } from 'node:child_process';
import { expect, type Page } from '@playwright/test';
import type { Profession, Role } from '../../src/lib/accounts';
import { suiteDatabase, type TestDatabase } from './db';

export const PASSWORD = 'correct horse battery staple';

let counter = 0;

/** A unique email for this run, so tests never collide on the shared database. */
export function uniqueEmail(prefix: string): string {
	counter += 1;
	return `${prefix}.${Date.now().toString(36)}${counter}@example.org`;
}

/** Creates an account through the shell command administrators use. */
export function createAccount(options: {
	role?: Role;
	name?: string;
	profession?: Profession;
	email?: string;
	/** Another server's database; the suite's own by default. */
	database?: TestDatabase;
}) {
	const email = options.email ?? uniqueEmail(options.role ?? 'learner');
	// Node with tsx's loader, rather than `npx tsx`, which starts npm first for every account.
	const args = [
		'--import',
		'tsx',
		'scripts/user-create.ts',
		'--email',
		email,
		'--password',
		PASSWORD
	];
	if (options.role) args.push('--role', options.role);
	if (options.name) args.push('--name', options.name);
	if (options.profession) args.push('--profession', options.profession);
	execFileSync(process.execPath, args, {
		env: { ...process.env, ...(options.database ?? suiteDatabase()).env },
		stdio: 'pipe'
	});
	return { email, password: PASSWORD, name: options.name ?? email.split('@')[0] };
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
