import { and, asc, count, eq, inArray, or } from 'drizzle-orm';
import type { DB, Queries } from '$lib/server/db';
import { perform, run, type Step } from '$lib/server/db/steps';
import {
	cohortEducators,
	cohortMembers,
	cohorts,
	users,
	type Cohort,
	type User
} from '$lib/server/db/tables';
import { newId } from '$lib/server/ids';
import { normaliseEmail } from '$lib/server/auth/user';

export const COHORT_NAME_MAX = 100;
const JOIN_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** Eight characters without look-alikes (no 0/O, 1/I): easy to read out in a teaching room. */
export function newJoinCode(): string {
	const bytes = new Uint8Array(8);
	crypto.getRandomValues(bytes);
	return [...bytes].map((b) => JOIN_CODE_ALPHABET[b % JOIN_CODE_ALPHABET.length]).join('');
}

export function normaliseJoinCode(code: string): string {
	return code.replace(/[\s-]/g, '').toUpperCase();
}

export type CohortInput = { name: string; description: string };

export function* createCohortStep(
	tx: Queries,
	ownerId: string,
	input: CohortInput,
	now = new Date()
): Step<Cohort> {
	const [cohort] = yield* run(
		tx
			.insert(cohorts)
			.values({
				id: newId(),
				name: input.name.trim(),
				description: input.description.trim(),
				joinCode: newJoinCode(),
				ownerId,
				createdAt: now
			})
			.returning()
	);
	return cohort;
}

/** Creates a cohort with a new join code, owned by `ownerId`. */
export function createCohort(
	db: DB,
	ownerId: string,
	input: CohortInput,
	now = new Date()
): Promise<Cohort> {
	return perform(db, createCohortStep(db, ownerId, input, now));
}

export interface CohortSummary {
	id: string;
	name: string;
	description: string;
	joinCode: string;
	joiningOpen: boolean;
	isOwner: boolean;
	members: number;
}

/** Cohorts an educator owns or co-runs; an administrator sees all. */
export function* listManagedCohortsStep(
	tx: Queries,
	user: Pick<User, 'id' | 'role'>
): Step<CohortSummary[]> {
	const coRun = tx
		.select({ id: cohortEducators.cohortId })
		.from(cohortEducators)
		.where(eq(cohortEducators.userId, user.id));
	const visible =
		user.role === 'admin'
			? undefined
			: or(eq(cohorts.ownerId, user.id), inArray(cohorts.id, coRun));
	const rows = yield* run(
		tx
			.select({
				id: cohorts.id,
				name: cohorts.name,
				description: cohorts.description,
				joinCode: cohorts.joinCode,
				joiningOpen: cohorts.joiningOpen,
				ownerId: cohorts.ownerId,
				members: count(cohortMembers.userId)
			})
			.from(cohorts)
			.leftJoin(cohortMembers, eq(cohortMembers.cohortId, cohorts.id))
			.where(visible)
			.groupBy(cohorts.id)
			.orderBy(asc(cohorts.name), asc(cohorts.id))
	);
	return rows.map(({ ownerId, ...c }) => ({ ...c, isOwner: ownerId === user.id }));
}

/** Cohorts an educator owns or co-runs; an administrator sees all. */
export function listManagedCohorts(
	db: DB,
	user: Pick<User, 'id' | 'role'>
): Promise<CohortSummary[]> {
	return perform(db, listManagedCohortsStep(db, user));
}

export type JoinResult =
	{ ok: true; cohort: Cohort; already: boolean } | { ok: false; message: string };

/** The cohort a code lets a learner join now, or why it does not. */
export type JoinableCohort = { ok: true; cohort: Cohort } | { ok: false; message: string };

export function* findJoinableCohortStep(tx: Queries, code: string): Step<JoinableCohort> {
	const [cohort] = yield* run(
		tx
			.select()
			.from(cohorts)
			.where(eq(cohorts.joinCode, normaliseJoinCode(code)))
			.limit(1)
	);
	if (!cohort)
		return { ok: false, message: 'No cohort has this code. Check it with your educator.' };
	if (!cohort.joiningOpen) return { ok: false, message: 'This cohort is not taking new members.' };
	return { ok: true, cohort };
}

/** The cohort this code lets a learner join, or why it does not. */
export function findJoinableCohort(db: DB, code: string): Promise<JoinableCohort> {
	return perform(db, findJoinableCohortStep(db, code));
}

/**
 * Adds a learner to the cohort with this code; joining twice is harmless, and of two joins at
 * once the membership's key lets one in and tells the other it was there already.
 */
export function* joinCohortStep(
	tx: Queries,
	userId: string,
	code: string,
	now = new Date()
): Step<JoinResult> {
	const found = yield* findJoinableCohortStep(tx, code);
	if (!found.ok) return found;
	const added = yield* addMemberStep(tx, found.cohort, userId, now);
	return { ok: true, cohort: found.cohort, already: !added };
}

/** Adds a learner to the cohort with this code (see `joinCohortStep`). */
export function joinCohort(
	db: DB,
	userId: string,
	code: string,
	now = new Date()
): Promise<JoinResult> {
	return perform(db, joinCohortStep(db, userId, code, now));
}

/** Adds a learner to a cohort `findJoinableCohort` gave; false when they were a member already. */
export function* addMemberStep(
	tx: Queries,
	cohort: Pick<Cohort, 'id'>,
	userId: string,
	now = new Date()
): Step<boolean> {
	const added = yield* run(
		tx
			.insert(cohortMembers)
			.values({ cohortId: cohort.id, userId, joinedAt: now })
			.onConflictDoNothing()
			.returning({ userId: cohortMembers.userId })
	);
	return added.length > 0;
}

/** The join code in a shared join link's path (`/join/CODE`), or null for any other path. */
export function joinCodeInPath(path: string): string | null {
	const match = /^\/join\/([A-Za-z0-9-]{1,40})\/?(?:[?#].*)?$/.exec(path);
	return match ? match[1] : null;
}

/** Where a learner lands after joining: their modules, which name the cohort joined. */
export function joinedLanding(cohort: Pick<Cohort, 'id'>): string {
	return `/modules?joined=${encodeURIComponent(cohort.id)}`;
}

export async function setJoiningOpen(db: DB, cohortId: string, open: boolean): Promise<void> {
	await db.update(cohorts).set({ joiningOpen: open }).where(eq(cohorts.id, cohortId));
}

/** Takes a learner out of a cohort. */
export function* removeMemberStep(tx: Queries, cohortId: string, userId: string): Step<void> {
	yield* run(
		tx
			.delete(cohortMembers)
			.where(and(eq(cohortMembers.cohortId, cohortId), eq(cohortMembers.userId, userId)))
	);
}

/** Takes a learner out of a cohort. */
export function removeMember(db: DB, cohortId: string, userId: string): Promise<void> {
	return perform(db, removeMemberStep(db, cohortId, userId));
}

export async function isMember(db: DB, cohortId: string, userId: string): Promise<boolean> {
	const found = await db
		.select({ userId: cohortMembers.userId })
		.from(cohortMembers)
		.where(and(eq(cohortMembers.cohortId, cohortId), eq(cohortMembers.userId, userId)))
		.limit(1);
	return found.length > 0;
}

export interface MemberRow {
	userId: string;
	displayName: string;
	email: string;
	profession: string;
	joinedAt: Date;
}

export function* listMembersStep(tx: Queries, cohortId: string): Step<MemberRow[]> {
	return yield* run(
		tx
			.select({
				userId: users.id,
				displayName: users.displayName,
				email: users.email,
				profession: users.profession,
				joinedAt: cohortMembers.joinedAt
			})
			.from(cohortMembers)
			.innerJoin(users, eq(users.id, cohortMembers.userId))
			.where(eq(cohortMembers.cohortId, cohortId))
			.orderBy(asc(users.displayName), asc(users.id))
	);
}

/** A cohort's learners by name, with when each joined. */
export function listMembers(db: DB, cohortId: string): Promise<MemberRow[]> {
	return perform(db, listMembersStep(db, cohortId));
}

/** Educators who share the cohort with its owner, by name. */
export async function listCoEducators(
	db: DB,
	cohortId: string
): Promise<{ userId: string; displayName: string; email: string }[]> {
	return db
		.select({ userId: users.id, displayName: users.displayName, email: users.email })
		.from(cohortEducators)
		.innerJoin(users, eq(users.id, cohortEducators.userId))
		.where(eq(cohortEducators.cohortId, cohortId))
		.orderBy(asc(users.displayName), asc(users.id));
}

export type CoEducatorResult = { ok: true } | { ok: false; message: string };

/** Shares a cohort with another educator, found by email. */
export function* addCoEducatorStep(
	tx: Queries,
	cohort: Cohort,
	email: string
): Step<CoEducatorResult> {
	const [user] = yield* run(
		tx
			.select()
			.from(users)
			.where(eq(users.email, normaliseEmail(email)))
			.limit(1)
	);
	if (!user || (user.role !== 'educator' && user.role !== 'admin'))
		return {
			ok: false,
			message: 'No educator has this email. An administrator can make them an educator first.'
		};
	if (user.id === cohort.ownerId)
		return { ok: false, message: 'This educator owns the cohort already.' };
	yield* run(
		tx
			.insert(cohortEducators)
			.values({ cohortId: cohort.id, userId: user.id })
			.onConflictDoNothing()
	);
	return { ok: true };
}

/** Shares a cohort with another educator, found by email. */
export function addCoEducator(db: DB, cohort: Cohort, email: string): Promise<CoEducatorResult> {
	return perform(db, addCoEducatorStep(db, cohort, email));
}

export async function removeCoEducator(db: DB, cohortId: string, userId: string): Promise<void> {
	await db
		.delete(cohortEducators)
		.where(and(eq(cohortEducators.cohortId, cohortId), eq(cohortEducators.userId, userId)));
}

/** Cohorts a learner belongs to. */
export function* learnerCohortsStep(
	tx: Queries,
	userId: string
): Step<{ id: string; name: string }[]> {
	return yield* run(
		tx
			.select({ id: cohorts.id, name: cohorts.name })
			.from(cohortMembers)
			.innerJoin(cohorts, eq(cohorts.id, cohortMembers.cohortId))
			.where(eq(cohortMembers.userId, userId))
			.orderBy(asc(cohorts.name), asc(cohorts.id))
	);
}

/** Cohorts a learner belongs to. */
export function learnerCohorts(db: DB, userId: string): Promise<{ id: string; name: string }[]> {
	return perform(db, learnerCohortsStep(db, userId));
}
