import { constantTimeEqual } from '@oslojs/crypto/subtle';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import type { DB } from '$lib/server/db';
import { transaction, type Step } from '$lib/server/db/steps';
import { DEFAULT_SETTINGS, saveSettingsStep } from '$lib/server/settings/settings';
import { addressKey, admit, SETUP_RULE } from './rate-limit';
import {
	ADMINISTRATORS_LOCK,
	countAdmins,
	countAdminsStep,
	insertAccountStep,
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

export async function setupNeeded(db: DB): Promise<boolean> {
	return (await countAdmins(db)) === 0;
}

export function setupTokenMatches(candidate: string | null): boolean {
	if (!candidate) return false;
	const encoder = new TextEncoder();
	const a = encoder.encode(candidate);
	const b = encoder.encode(setupToken());
	return a.length === b.length && constantTimeEqual(a, b);
}

/** Prints the one-time setup link while the platform has no administrator. */
export async function announceSetup(db: DB, origin: string): Promise<void> {
	if (!(await setupNeeded(db))) return;
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
	const admission = await admit(db, `setup:${addressKey(clientAddress)}`, SETUP_RULE, now);
	if (!admission.ok) return admission;
	if (!setupTokenMatches(token) || !(await setupNeeded(db)))
		return { ok: false, errors: { form: SETUP_REFUSED } };
	const prepared = await prepareAccount({ ...account, role: 'admin' });
	if (!prepared.ok) return prepared;
	// Checked again after the slow hash, in the transaction that inserts: of two setups racing,
	// the second finds the first's administrator.
	return transaction(
		db,
		function* (tx): Step<SetupResult> {
			if ((yield* countAdminsStep(tx)) > 0) return { ok: false, errors: { form: SETUP_REFUSED } };
			const created = yield* insertAccountStep(tx, prepared.account);
			if (created.ok && organisation)
				yield* saveSettingsStep(
					tx,
					{ ...DEFAULT_SETTINGS, ...organisation },
					created.user.id,
					new Date(now)
				);
			return created;
		},
		{ locks: [ADMINISTRATORS_LOCK] }
	);
}
