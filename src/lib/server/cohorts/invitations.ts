import { and, asc, count, eq, isNull } from 'drizzle-orm';
import type { DB, Queries } from '$lib/server/db';
import { run, transaction, type Step } from '$lib/server/db/steps';
import {
	cohortEducators,
	cohortInvitations,
	cohorts,
	users,
	type Cohort,
	type User
} from '$lib/server/db/tables';
import { normaliseEmail } from '$lib/server/auth/user';
import { addCoEducatorStep } from './cohorts';

/** Invitations one cohort may have waiting at once. */
export const PENDING_INVITATIONS_MAX = 20;

export type InvitationResult = { ok: true } | { ok: false; message: string };

/**
 * Invites an email to co-run a cohort. Nothing here looks at whether an account has the address
 * or what role it holds, so the owner's answer is the same for a missing account, a learner's and
 * an educator's; only the invitee's acceptance, signed in as an educator, reveals it.
 */
export function inviteCoEducator(
	db: DB,
	cohort: Cohort,
	invitedBy: string,
	email: string,
	now = new Date()
): Promise<InvitationResult> {
	const address = normaliseEmail(email);
	return transaction(
		db,
		function* (tx): Step<InvitationResult> {
			const [owner] = yield* run(
				tx.select({ email: users.email }).from(users).where(eq(users.id, cohort.ownerId)).limit(1)
			);
			if (owner?.email === address)
				return { ok: false, message: 'This is the owner’s email: they run the cohort.' };
			// The page lists co-educators with their emails, so saying so tells the owner nothing new.
			const sharing = yield* run(
				tx
					.select({ userId: cohortEducators.userId })
					.from(cohortEducators)
					.innerJoin(users, eq(users.id, cohortEducators.userId))
					.where(and(eq(cohortEducators.cohortId, cohort.id), eq(users.email, address)))
					.limit(1)
			);
			if (sharing.length) return { ok: false, message: 'This educator shares the cohort already.' };
			const [waiting] = yield* run(
				tx
					.select({ n: count() })
					.from(cohortInvitations)
					.where(eq(cohortInvitations.cohortId, cohort.id))
			);
			const renewing = yield* run(
				tx
					.select({ email: cohortInvitations.email })
					.from(cohortInvitations)
					.where(
						and(eq(cohortInvitations.cohortId, cohort.id), eq(cohortInvitations.email, address))
					)
					.limit(1)
			);
			if (!renewing.length && waiting.n >= PENDING_INVITATIONS_MAX)
				return {
					ok: false,
					message: `At most ${PENDING_INVITATIONS_MAX} invitations can wait at once. Withdraw one first.`
				};
			yield* run(
				tx
					.insert(cohortInvitations)
					.values({ cohortId: cohort.id, email: address, invitedBy, invitedAt: now })
					.onConflictDoUpdate({
						target: [cohortInvitations.cohortId, cohortInvitations.email],
						set: { invitedBy, invitedAt: now, declinedAt: null }
					})
			);
			return { ok: true };
		},
		// Invitations of one cohort are counted and then added: two at once must not both fit the
		// last place, so they take the cohort's lock in turn.
		{ locks: [`cohort-invitations:${cohort.id}`] }
	);
}

export async function withdrawInvitation(db: DB, cohortId: string, email: string): Promise<void> {
	await db
		.delete(cohortInvitations)
		.where(
			and(
				eq(cohortInvitations.cohortId, cohortId),
				eq(cohortInvitations.email, normaliseEmail(email))
			)
		);
}

/**
 * The invitations a cohort has waiting, as the owner typed them. Declined ones are listed too, and
 * look the same: only an account that may co-run a cohort can decline, so a decline shown to the
 * owner would say that the address belongs to an educator.
 */
export async function listCohortInvitations(
	db: DB,
	cohortId: string
): Promise<{ email: string; invitedAt: Date }[]> {
	return db
		.select({ email: cohortInvitations.email, invitedAt: cohortInvitations.invitedAt })
		.from(cohortInvitations)
		.where(eq(cohortInvitations.cohortId, cohortId))
		.orderBy(asc(cohortInvitations.email));
}

export interface InvitationForUser {
	cohortId: string;
	cohortName: string;
	invitedBy: string;
	invitedAt: Date;
}

const mayCoRun = (user: Pick<User, 'role'>) => user.role === 'educator' || user.role === 'admin';

/** Invitations addressed to the user's email; only educators and administrators see theirs. */
export async function invitationsFor(
	db: DB,
	user: Pick<User, 'email' | 'role'>
): Promise<InvitationForUser[]> {
	if (!mayCoRun(user)) return [];
	return db
		.select({
			cohortId: cohorts.id,
			cohortName: cohorts.name,
			invitedBy: users.displayName,
			invitedAt: cohortInvitations.invitedAt
		})
		.from(cohortInvitations)
		.innerJoin(cohorts, eq(cohorts.id, cohortInvitations.cohortId))
		.innerJoin(users, eq(users.id, cohortInvitations.invitedBy))
		.where(
			and(
				eq(cohortInvitations.email, normaliseEmail(user.email)),
				isNull(cohortInvitations.declinedAt)
			)
		)
		.orderBy(asc(cohorts.name), asc(cohorts.id));
}

/** The invitation's terms: to this cohort, for this address, not declined. */
function addressedTo(email: string, cohortId: string) {
	return and(
		eq(cohortInvitations.cohortId, cohortId),
		eq(cohortInvitations.email, normaliseEmail(email)),
		isNull(cohortInvitations.declinedAt)
	);
}

const NO_INVITATION = 'There is no invitation to this cohort for you.';

export type AcceptResult = { ok: true; cohort: Cohort } | { ok: false; message: string };

/**
 * The invitee, signed in as an educator, joins the cohort's educators. The invitation is spent
 * by deleting it, so of two acceptances at once one finds it and the other is told there is none.
 */
export function acceptInvitation(
	db: DB,
	user: Pick<User, 'id' | 'email' | 'role'>,
	cohortId: string
): Promise<AcceptResult> {
	if (!mayCoRun(user)) return Promise.resolve({ ok: false, message: NO_INVITATION });
	return transaction(db, function* (tx: Queries): Step<AcceptResult> {
		const spent = yield* run(
			tx
				.delete(cohortInvitations)
				.where(addressedTo(user.email, cohortId))
				.returning({ cohortId: cohortInvitations.cohortId })
		);
		if (!spent.length) return { ok: false, message: NO_INVITATION };
		const [cohort] = yield* run(tx.select().from(cohorts).where(eq(cohorts.id, cohortId)).limit(1));
		if (cohort.ownerId !== user.id) {
			const added = yield* addCoEducatorStep(tx, cohort, user.email);
			// Refused, the invitation stays as it was: the step's error rolls the deletion back.
			if (!added.ok) throw new RefusedInvitation(added.message);
		}
		return { ok: true, cohort };
	}).catch((error: unknown) => {
		if (error instanceof RefusedInvitation) return { ok: false, message: error.message };
		throw error;
	});
}

class RefusedInvitation extends Error {}

/**
 * The invitee turns the invitation down: it leaves their list, and the owner's list still shows
 * it waiting (see listCohortInvitations) until the owner withdraws it.
 */
export async function declineInvitation(
	db: DB,
	user: Pick<User, 'email' | 'role'>,
	cohortId: string,
	now = new Date()
): Promise<{ ok: true } | { ok: false; message: string }> {
	if (!mayCoRun(user)) return { ok: false, message: NO_INVITATION };
	const declined = await db
		.update(cohortInvitations)
		.set({ declinedAt: now })
		.where(addressedTo(user.email, cohortId))
		.returning({ cohortId: cohortInvitations.cohortId });
	return declined.length ? { ok: true } : { ok: false, message: NO_INVITATION };
}
