import { and, asc, count, eq, isNull } from 'drizzle-orm';
import type { DB } from '../db';
import {
	cohortEducators,
	cohortInvitations,
	cohorts,
	users,
	type Cohort,
	type User
} from '../db/schema';
import { normaliseEmail } from '../auth/user';
import { addCoEducator } from './cohorts';

/** Invitations one cohort may have waiting at once. */
export const PENDING_INVITATIONS_MAX = 20;

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
): { ok: true } | { ok: false; message: string } {
	const address = normaliseEmail(email);
	return db.transaction((tx) => {
		const owner = tx
			.select({ email: users.email })
			.from(users)
			.where(eq(users.id, cohort.ownerId))
			.get();
		if (owner?.email === address)
			return { ok: false as const, message: 'This is the owner’s email: they run the cohort.' };
		// The page lists co-educators with their emails, so saying so tells the owner nothing new.
		const sharing = tx
			.select({ userId: cohortEducators.userId })
			.from(cohortEducators)
			.innerJoin(users, eq(users.id, cohortEducators.userId))
			.where(and(eq(cohortEducators.cohortId, cohort.id), eq(users.email, address)))
			.get();
		if (sharing) return { ok: false as const, message: 'This educator shares the cohort already.' };
		const waiting = tx
			.select({ n: count() })
			.from(cohortInvitations)
			.where(eq(cohortInvitations.cohortId, cohort.id))
			.get()!.n;
		const renewing = tx
			.select({ email: cohortInvitations.email })
			.from(cohortInvitations)
			.where(and(eq(cohortInvitations.cohortId, cohort.id), eq(cohortInvitations.email, address)))
			.get();
		if (!renewing && waiting >= PENDING_INVITATIONS_MAX)
			return {
				ok: false as const,
				message: `At most ${PENDING_INVITATIONS_MAX} invitations can wait at once. Withdraw one first.`
			};
		tx.insert(cohortInvitations)
			.values({ cohortId: cohort.id, email: address, invitedBy, invitedAt: now })
			.onConflictDoUpdate({
				target: [cohortInvitations.cohortId, cohortInvitations.email],
				set: { invitedBy, invitedAt: now, declinedAt: null }
			})
			.run();
		return { ok: true as const };
	});
}

export function withdrawInvitation(db: DB, cohortId: string, email: string): void {
	db.delete(cohortInvitations)
		.where(
			and(
				eq(cohortInvitations.cohortId, cohortId),
				eq(cohortInvitations.email, normaliseEmail(email))
			)
		)
		.run();
}

/**
 * The invitations a cohort has waiting, as the owner typed them. Declined ones are listed too, and
 * look the same: only an account that may co-run a cohort can decline, so a decline shown to the
 * owner would say that the address belongs to an educator.
 */
export function listCohortInvitations(db: DB, cohortId: string) {
	return db
		.select({ email: cohortInvitations.email, invitedAt: cohortInvitations.invitedAt })
		.from(cohortInvitations)
		.where(eq(cohortInvitations.cohortId, cohortId))
		.orderBy(asc(cohortInvitations.email))
		.all();
}

export interface InvitationForUser {
	cohortId: string;
	cohortName: string;
	invitedBy: string;
	invitedAt: Date;
}

const mayCoRun = (user: Pick<User, 'role'>) => user.role === 'educator' || user.role === 'admin';

/** Invitations addressed to the user's email; only educators and administrators see theirs. */
export function invitationsFor(db: DB, user: Pick<User, 'email' | 'role'>): InvitationForUser[] {
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
		.orderBy(asc(cohorts.name))
		.all();
}

/** An invitation the invitee has not declined. */
function invitation(db: DB, email: string, cohortId: string) {
	return db
		.select({ cohort: cohorts })
		.from(cohortInvitations)
		.innerJoin(cohorts, eq(cohorts.id, cohortInvitations.cohortId))
		.where(
			and(
				eq(cohortInvitations.cohortId, cohortId),
				eq(cohortInvitations.email, normaliseEmail(email)),
				isNull(cohortInvitations.declinedAt)
			)
		)
		.get();
}

const NO_INVITATION = 'There is no invitation to this cohort for you.';

/** The invitee, signed in as an educator, joins the cohort's educators. */
export function acceptInvitation(
	db: DB,
	user: Pick<User, 'id' | 'email' | 'role'>,
	cohortId: string
): { ok: true; cohort: Cohort } | { ok: false; message: string } {
	if (!mayCoRun(user)) return { ok: false, message: NO_INVITATION };
	return db.transaction((tx) => {
		const found = invitation(tx as unknown as DB, user.email, cohortId);
		if (!found) return { ok: false as const, message: NO_INVITATION };
		if (found.cohort.ownerId !== user.id) {
			const added = addCoEducator(tx as unknown as DB, found.cohort, user.email);
			if (!added.ok) return added;
		}
		withdrawInvitation(tx as unknown as DB, cohortId, user.email);
		return { ok: true as const, cohort: found.cohort };
	});
}

/**
 * The invitee turns the invitation down: it leaves their list, and the owner's list still shows
 * it waiting (see listCohortInvitations) until the owner withdraws it.
 */
export function declineInvitation(
	db: DB,
	user: Pick<User, 'email' | 'role'>,
	cohortId: string,
	now = new Date()
): { ok: true } | { ok: false; message: string } {
	if (!mayCoRun(user) || !invitation(db, user.email, cohortId))
		return { ok: false, message: NO_INVITATION };
	db.update(cohortInvitations)
		.set({ declinedAt: now })
		.where(
			and(
				eq(cohortInvitations.cohortId, cohortId),
				eq(cohortInvitations.email, normaliseEmail(user.email))
			)
		)
		.run();
	return { ok: true };
}
