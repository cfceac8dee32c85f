import { eq } from 'drizzle-orm';
import type { DB, Queries } from '$lib/server/db';
import { perform, run, type Step } from '$lib/server/db/steps';
import { cohortInvitations } from '$lib/server/db/tables';
import { findJoinableCohortStep } from '$lib/server/cohorts/cohorts';
import { domainAllowed } from './domains';
import { getSettingsStep } from './settings';

export const REGISTRATION_CLOSED =
	'Registration is closed. Ask your educator for their cohort’s join link, or an administrator for an account.';

export function domainRefusal(domains: readonly string[]): string {
	const list =
		domains.length === 1
			? domains[0]
			: `${domains.slice(0, -1).join(', ')} or ${domains[domains.length - 1]}`;
	return `Registration is for addresses at ${list}. Use your work email.`;
}

function* invitedStep(tx: Queries, email: string): Step<boolean> {
	const found = yield* run(
		tx
			.select({ email: cohortInvitations.email })
			.from(cohortInvitations)
			.where(eq(cohortInvitations.email, email))
			.limit(1)
	);
	return found.length > 0;
}

export type RegistrationRefusal = { field: 'email' | 'form'; message: string };

/**
 * Whether an address may create an account, under the site settings.
 *
 * - An address an educator invited by email to a cohort may always register: the invitation
 *   names the person.
 * - With open registration off, a join code of a cohort taking members lets a person register,
 *   as the educator's link to the cohort is their invitation; anyone else is refused.
 * - The allowed domains apply to everyone else, join codes included: a join link can be passed
 *   on, an address cannot.
 */
export function* registrationRefusalStep(
	tx: Queries,
	email: string,
	joinCode: string | null
): Step<RegistrationRefusal | null> {
	if (yield* invitedStep(tx, email)) return null;
	const settings = yield* getSettingsStep(tx);
	const viaCohort = joinCode ? (yield* findJoinableCohortStep(tx, joinCode)).ok : false;
	if (!settings.openRegistration && !viaCohort)
		return { field: 'form', message: REGISTRATION_CLOSED };
	if (!domainAllowed(email, settings.allowedEmailDomains))
		return { field: 'email', message: domainRefusal(settings.allowedEmailDomains) };
	return null;
}

/** Whether an address may create an account now (see `registrationRefusalStep`). */
export function registrationRefusal(
	db: DB,
	email: string,
	joinCode: string | null
): Promise<RegistrationRefusal | null> {
	return perform(db, registrationRefusalStep(db, email, joinCode));
}
