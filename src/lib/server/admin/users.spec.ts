import { describe, expect, it } from 'vitest';
import { testDatabase } from '$lib/server/testing/db';
import { insertAccountStep, setUserRole } from '$lib/server/auth/user';
import { createSession, validateSessionToken } from '$lib/server/auth/session';
import { issueResetLink, findResetTarget } from '$lib/server/auth/password-reset';
import type { DB } from '$lib/server/db';
import { perform } from '$lib/server/db/steps';
import type { Role } from '$lib/server/db/schema';
import { adminOverview, deactivateUser, reactivateUser, searchUsers } from './users';

let n = 0;
async function account(db: DB, displayName: string, role: Role = 'learner', email?: string) {
	n += 1;
	const result = await perform(
		db,
		insertAccountStep(db, {
			email: email ?? `person${n}@example.org`,
			passwordHash: 'none: never signs in',
			displayName,
			profession: 'nurse',
			role
		})
	);
	if (!result.ok) throw new Error('account not created');
	return result.user;
}

describe('the users list', () => {
	it('comes fifty a page, in name order, with people who share a name in one order on every page', async () => {
		const db = await testDatabase();
		for (let i = 0; i < 120; i++)
			await account(db, i % 2 ? 'Sam Smith' : `Person ${String(i).padStart(3, '0')}`);
		const pages = [];
		for (const page of [1, 2, 3]) pages.push(await searchUsers(db, { page }));
		expect(pages.map((p) => p.users.length)).toEqual([50, 50, 20]);
		expect(pages[0]).toMatchObject({ total: 120, pages: 3, page: 1 });
		const ids = pages.flatMap((p) => p.users.map((u) => u.id));
		expect(new Set(ids).size).toBe(120);
		const names = pages.flatMap((p) => p.users.map((u) => u.displayName));
		expect(names.slice(0, 2)).toEqual(['Person 000', 'Person 002']);
		expect(names.slice(-60).every((name) => name === 'Sam Smith')).toBe(true);
	});

	it('has no users on a page past the last', async () => {
		const db = await testDatabase();
		await account(db, 'Only One');
		expect(await searchUsers(db, { page: 2 })).toMatchObject({
			users: [],
			total: 1,
			pages: 1,
			page: 2
		});
	});

	it('finds people by part of their name or email, in any case', async () => {
		const db = await testDatabase();
		const ann = await account(db, 'Ann Ward', 'learner', 'a.ward@trust.nhs.uk');
		const bob = await account(db, 'Bob Edwards', 'educator', 'bob@example.org');
		await account(db, 'Cy', 'learner', 'cy@example.org');
		const ids = async (q: string) => (await searchUsers(db, { query: q })).users.map((u) => u.id);
		expect(await ids('ward')).toEqual([ann.id, bob.id]);
		expect(await ids('TRUST.NHS')).toEqual([ann.id]);
		expect((await searchUsers(db, { query: 'ward' })).total).toBe(2);
		expect(await ids('nobody')).toEqual([]);
	});

	it('reads % and _ in the search as themselves', async () => {
		const db = await testDatabase();
		const percent = await account(db, '100% Nurse');
		await account(db, '1000 Nurse');
		const underscore = await account(db, 'a_b', 'learner', 'a_b@example.org');
		await account(db, 'axb', 'learner', 'axb@example.org');
		expect((await searchUsers(db, { query: '0%' })).users.map((u) => u.id)).toEqual([percent.id]);
		expect((await searchUsers(db, { query: 'a_b' })).users.map((u) => u.id)).toEqual([
			underscore.id
		]);
	});

	it('keeps long names whole', async () => {
		const db = await testDatabase();
		const long = 'Anna-Maria Konstantinopoulou-Vasilakopoulou de la Cruz y Montenegro Fitzgerald';
		await account(db, long);
		expect((await searchUsers(db, { query: 'Montenegro' })).users[0].displayName).toBe(long);
	});
});

describe('deactivating an account', () => {
	it('ends every session at once and stops new ones, and reactivating lets it log in again', async () => {
		const db = await testDatabase();
		const admin = await account(db, 'Admin', 'admin');
		const nurse = await account(db, 'Nurse');
		const { token } = await createSession(db, nurse.id);
		const link = (await issueResetLink(db, nurse.id, admin.id))!;
		expect(await deactivateUser(db, admin.id, nurse.id)).toEqual({ ok: true });
		expect(await validateSessionToken(db, token)).toBeNull();
		expect(await findResetTarget(db, link.token)).toBeNull();
		const later = await createSession(db, nurse.id);
		expect(await validateSessionToken(db, later.token)).toBeNull();
		expect(await reactivateUser(db, nurse.id)).toEqual({ ok: true });
		const again = await createSession(db, nurse.id);
		expect((await validateSessionToken(db, again.token))?.user.id).toBe(nurse.id);
	});

	it('is refused for oneself', async () => {
		const db = await testDatabase();
		const admin = await account(db, 'Admin', 'admin');
		await account(db, 'Other admin', 'admin');
		expect(await deactivateUser(db, admin.id, admin.id)).toEqual({
			ok: false,
			message: 'You cannot deactivate your own account.'
		});
	});

	it('is refused for the last active administrator, even when two deactivate each other at once', async () => {
		const db = await testDatabase();
		const first = await account(db, 'First', 'admin');
		const second = await account(db, 'Second', 'admin');
		await account(db, 'Learner');
		expect((await deactivateUser(db, first.id, second.id)).ok).toBe(true);
		// The second's request, let in before they were deactivated, comes after.
		expect(await deactivateUser(db, second.id, first.id)).toEqual({
			ok: false,
			message: 'This is the last active administrator: the platform needs one.'
		});
	});

	it('keeps a role change from leaving no active administrator', async () => {
		const db = await testDatabase();
		const first = await account(db, 'First', 'admin');
		const second = await account(db, 'Second', 'admin');
		expect((await deactivateUser(db, first.id, second.id)).ok).toBe(true);
		expect(await setUserRole(db, first.id, 'educator')).toEqual({
			ok: false,
			message: 'The platform needs at least one administrator.'
		});
		expect(await setUserRole(db, second.id, 'learner')).toEqual({ ok: true });
	});

	it('of an unknown account says so', async () => {
		const db = await testDatabase();
		const admin = await account(db, 'Admin', 'admin');
		expect((await deactivateUser(db, admin.id, 'nobody')).ok).toBe(false);
		expect((await reactivateUser(db, 'nobody')).ok).toBe(false);
	});
});

describe('the administration overview', () => {
	it('counts active accounts by role, and deactivated ones apart', async () => {
		const db = await testDatabase();
		const admin = await account(db, 'Admin', 'admin');
		await account(db, 'Educator', 'educator');
		const gone = await account(db, 'Gone');
		await account(db, 'Stays');
		await deactivateUser(db, admin.id, gone.id);
		expect(await adminOverview(db)).toEqual({
			users: 4,
			learners: 1,
			educators: 1,
			admins: 1,
			deactivated: 1,
			cohorts: 0,
			modules: 0,
			certificates: 0
		});
	});
});
