import { constantTimeEqual } from '@oslojs/crypto/subtle';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import type { DB } from '../db';
import { DEFAULT_SETTINGS, saveSettings } from '../settings/settings';
import { addressKey, admit, SETUP_RULE } from './rate-limit';
import {
	countAdmins,
	insertAccount,
	prepareAccount,
	type CreateUserResult,
	type NewAccount
} from './user';

let generatedToken: string | null = null;

/** The first-run token: `SETUP_TOKEN` when set (scripted deployments), otherwise random per process. */
export function setupToken(): string {
	if (process.env.SETUP_TOKEN) return process.env.SETUP_TOKEN;
	if (!generatedToken) {
		const bytes = new Uint8Array(20);
		crypto.getRandomValues(bytes);
		generatedToken = encodeBase32LowerCaseNoPadding(bytes);
	}
	return generatedToken;
}

export function setupNeeded(db: DB): boolean {
	return countAdmins(db) === 0;
}

export function setupTokenMatches(candidate: string | null): boolean {
	if (!candidate) return false;
	const encoder = new TextEncoder();
	const a = encoder.encode(candidate);
	const b = encoder.encode(setupToken());
	return a.length === b.length && constantTimeEqual(a, b);
}

/** Prints the one-time setup link while the platform has no administrator. */
export function announceSetup(db: DB, origin: string): void {
	if (!setupNeeded(db)) return;
	console.log(
		`\nNo administrator yet. Create the first one at:\n  ${origin}/setup?token=${setupToken()}\n`
	);
}

export type SetupResult =
	CreateUserResult | { ok: false; errors: { form: string } } | { ok: false; retryAfterMs: number };

const SETUP_REFUSED = 'This setup link is not valid, or setup is already done.';

/** What first-run setup asks about the organisation; the rest of the settings keep their defaults. */
export interface SetupOrganisation {
	organisationName: string;
	timeZone: string;
}

/**
 * Creates the first administrator, once: any later request finds an admin and is refused.
 * Attempts are throttled per address, and counted before the token is compared. The
 * organisation's name and time zone, when given, are saved with it.
 */
export async function createFirstAdmin(
	db: DB,
	token: string | null,
	account: Omit<NewAccount, 'role'>,
	clientAddress: string,
	now = Date.now(),
	organisation?: SetupOrganisation
): Promise<SetupResult> {
	const admission = admit(db, `setup:${addressKey(clientAddress)}`, SETUP_RULE, now);
	if (!admission.ok) return admission;
	if (!setupTokenMatches(token) || !setupNeeded(db))
		return { ok: false, errors: { form: SETUP_REFUSED } };
	const prepared = await prepareAccount({ ...account, role: 'admin' });
	if (!prepared.ok) return prepared;
	// Checked again after the slow hash: no other request can run between this check and the insert.
	if (!setupNeeded(db)) return { ok: false, errors: { form: SETUP_REFUSED } };
	const created = insertAccount(db, prepared.account);
	if (created.ok && organisation)
		saveSettings(db, { ...DEFAULT_SETTINGS, ...organisation }, created.user.id, new Date(now));
	return created;
}
