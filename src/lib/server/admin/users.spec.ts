import { describe, expect, it } from 'vitest';
import { testDb } from '../testing/db';
import { insertAccountStep, setUserRole } from '../auth/user';
import { createSession, validateSessionToken } from '../auth/session';
import { issueResetLink, findResetTarget } from '../auth/password-reset';
import type { DB } from '../db';
import { runSync } from '../db/steps';
import type { Role } from '../db/schema';
import { adminOverview, deactivateUser, reactivateUser, searchUsers } from './users';

let n = 0;
function account(db: DB, displayName: string, role: Role = 'learner', email?: string) {
	n += 1;
	const result = runSync(
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
	it('comes fifty a page, in name order, with people who share a name in one order on every page', () => {
		const db = testDb();
		for (let i = 0; i < 120; i++)
			account(db, i % 2 ? 'Sam Smith' : `Person ${String(i).padStart(3, '0')}`);
		const pages = [1, 2, 3].map((page) => searchUsers(db, { page }));
		expect(pages.map((p) => p.users.length)).toEqual([50, 50, 20]);
		expect(pages[0]).toMatchObject({ total: 120, pages: 3, page: 1 });
		const ids = pages.flatMap((p) => p.users.map((u) => u.id));
		expect(new Set(ids).size).toBe(120);
		const names = pages.flatMap((p) => p.users.map((u) => u.displayName));
		expect(names.slice(0, 2)).toEqual(['Person 000', 'Person 002']);
		expect(names.slice(-60).every((name) => name === 'Sam Smith')).toBe(true);
	});

	it('has no users on a page past the last', () => {
		const db = testDb();
		account(db, 'Only One');
		expect(searchUsers(db, { page: 2 })).toMatchObject({ users: [], total: 1, pages: 1, page: 2 });
	});

	it('finds people by part of their name or email, in any case', () => {
		const db = testDb();
		const ann = account(db, 'Ann Ward', 'learner', 'a.ward@trust.nhs.uk');
		const bob = account(db, 'Bob Edwards', 'educator', 'bob@example.org');
		account(db, 'Cy', 'learner', 'cy@example.org');
		const ids = (q: string) => searchUsers(db, { query: q }).users.map((u) => u.id);
		expect(ids('ward')).toEqual([ann.id, bob.id]);
		expect(ids('TRUST.NHS')).toEqual([ann.id]);
		expect(searchUsers(db, { query: 'ward' }).total).toBe(2);
		expect(ids('nobody')).toEqual([]);
	});

	it('reads % and _ in the search as themselves', () => {
		const db = testDb();
		const percent = account(db, '100% Nurse');
		account(db, '1000 Nurse');
		const underscore = account(db, 'a_b', 'learner', 'a_b@example.org');
		account(db, 'axb', 'learner', 'axb@example.org');
		expect(searchUsers(db, { query: '0%' }).users.map((u) => u.id)).toEqual([percent.id]);
		expect(searchUsers(db, { query: 'a_b' }).users.map((u) => u.id)).toEqual([underscore.id]);
	});

	it('keeps long names whole', () => {
		const db = testDb();
		const long = 'Anna-Maria Konstantinopoulou-Vasilakopoulou de la Cruz y Montenegro Fitzgerald';
		account(db, long);
		expect(searchUsers(db, { query: 'Montenegro' }).users[0].displayName).toBe(long);
	});
});

describe('deactivating an account', () => {
	it('ends every session at once and stops new ones, and reactivating lets it log in again', async () => {
		const db = testDb();
		const admin = account(db, 'Admin', 'admin');
		const nurse = account(db, 'Nurse');
		const { token } = await createSession(db, nurse.id);
		const link = (await issueResetLink(db, nurse.id, admin.id))!;
		expect(deactivateUser(db, admin.id, nurse.id)).toEqual({ ok: true });
		expect(await validateSessionToken(db, token)).toBeNull();
		expect(await findResetTarget(db, link.token)).toBeNull();
		const later = await createSession(db, nurse.id);
		expect(await validateSessionToken(db, later.token)).toBeNull();
		expect(reactivateUser(db, nurse.id)).toEqual({ ok: true });
		const again = await createSession(db, nurse.id);
		expect((await validateSessionToken(db, again.token))?.user.id).toBe(nurse.id);
	});

	it('is refused for oneself', () => {
		const db = testDb();
		const admin = account(db, 'Admin', 'admin');
		account(db, 'Other admin', 'admin');
		expect(deactivateUser(db, admin.id, admin.id)).toEqual({
			ok: false,
			message: 'You cannot deactivate your own account.'
		});
	});

	it('is refused for the last active administrator, even when two deactivate each other at once', () => {
		const db = testDb();
		const first = account(db, 'First', 'admin');
		const second = account(db, 'Second', 'admin');
		account(db, 'Learner');
		expect(deactivateUser(db, first.id, second.id).ok).toBe(true);
		// The second's request, let in before they were deactivated, comes after.
		expect(deactivateUser(db, second.id, first.id)).toEqual({
			ok: false,
			message: 'This is the last active administrator: the platform needs one.'
		});
	});

	it('keeps a role change from leaving no active administrator', async () => {
		const db = testDb();
		const first = account(db, 'First', 'admin');
		const second = account(db, 'Second', 'admin');
		expect(deactivateUser(db, first.id, second.id).ok).toBe(true);
		expect(await setUserRole(db, first.id, 'educator')).toEqual({
			ok: false,
			message: 'The platform needs at least one administrator.'
		});
		expect(await setUserRole(db, second.id, 'learner')).toEqual({ ok: true });
	});

	it('of an unknown account says so', () => {
		const db = testDb();
		const admin = account(db, 'Admin', 'admin');
		expect(deactivateUser(db, admin.id, 'nobody').ok).toBe(false);
		expect(reactivateUser(db, 'nobody').ok).toBe(false);
	});
});

describe('the administration overview', () => {
	it('counts active accounts by role, and deactivated ones apart', () => {
		const db = testDb();
		const admin = account(db, 'Admin', 'admin');
		account(db, 'Educator', 'educator');
		const gone = account(db, 'Gone');
		account(db, 'Stays');
		deactivateUser(db, admin.id, gone.id);
		expect(adminOverview(db)).toEqual({
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
