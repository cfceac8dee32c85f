import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { DB } from '$lib/server/db';
import { users } from '$lib/server/db/tables';
import { testDatabase } from '$lib/server/testing/db';
import { storeLearner } from '$lib/server/testing/fixtures';
import {
	addCoEducator,
	createCohort,
	joinCohort,
	learnerCohorts,
	listCoEducators,
	listManagedCohorts,
	listMembers,
	removeCoEducator,
	removeMember,
	setJoiningOpen
} from './cohorts';

async function person(db: DB, role: 'learner' | 'educator' | 'admin', name: string) {
	const user = await storeLearner(db);
	await db.update(users).set({ role, displayName: name }).where(eq(users.id, user.id));
	return { ...user, role, displayName: name };
}

describe('joining a cohort by its code', () => {
	it('takes the code in any case and with spaces or dashes, and says when one was a member already', async () => {
		const db = await testDatabase();
		const owner = await person(db, 'educator', 'Owner');
		const learner = await person(db, 'learner', 'Ann');
		const cohort = await createCohort(db, owner.id, {
			name: ' Ward 7 ',
			description: ' Nights '
		});
		expect(cohort).toMatchObject({ name: 'Ward 7', description: 'Nights', joiningOpen: true });
		expect(cohort.joinCode).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
		const typed = `${cohort.joinCode.slice(0, 4).toLowerCase()} - ${cohort.joinCode.slice(4)}`;
		expect(await joinCohort(db, learner.id, typed)).toMatchObject({
			ok: true,
			already: false
		});
		expect(await joinCohort(db, learner.id, cohort.joinCode)).toMatchObject({
			ok: true,
			already: true
		});
		expect(await learnerCohorts(db, learner.id)).toEqual([{ id: cohort.id, name: 'Ward 7' }]);
	});

	it('refuses an unknown code and a cohort that takes no new members', async () => {
		const db = await testDatabase();
		const owner = await person(db, 'educator', 'Owner');
		const learner = await person(db, 'learner', 'Ann');
		const cohort = await createCohort(db, owner.id, { name: 'Ward 7', description: '' });
		expect(await joinCohort(db, learner.id, 'NOSUCH23')).toEqual({
			ok: false,
			message: 'No cohort has this code. Check it with your educator.'
		});
		await setJoiningOpen(db, cohort.id, false);
		expect(await joinCohort(db, learner.id, cohort.joinCode)).toEqual({
			ok: false,
			message: 'This cohort is not taking new members.'
		});
		expect(await learnerCohorts(db, learner.id)).toEqual([]);
	});
});

describe('the cohorts an educator runs', () => {
	it('are those they own or share, with their member counts; an administrator sees all', async () => {
		const db = await testDatabase();
		const owner = await person(db, 'educator', 'Owner');
		const sharer = await person(db, 'educator', 'Sharer');
		const admin = await person(db, 'admin', 'Admin');
		const [ann, bob] = [await person(db, 'learner', 'Ann'), await person(db, 'learner', 'Bob')];
		const ward = await createCohort(db, owner.id, { name: 'Ward 7', description: '' });
		const theatre = await createCohort(db, sharer.id, { name: 'Theatre', description: '' });
		await joinCohort(db, ann.id, ward.joinCode);
		await joinCohort(db, bob.id, ward.joinCode);
		expect(await addCoEducator(db, theatre, owner.email.toUpperCase())).toEqual({ ok: true });
		const owned = await listManagedCohorts(db, owner);
		expect(owned.map((c) => [c.name, c.members, c.isOwner])).toEqual([
			['Theatre', 0, false],
			['Ward 7', 2, true]
		]);
		expect((await listManagedCohorts(db, sharer)).map((c) => c.name)).toEqual(['Theatre']);
		expect((await listManagedCohorts(db, admin)).map((c) => c.name)).toEqual(['Theatre', 'Ward 7']);
	});

	it('lists members and co-educators by name, and removing one leaves the rest', async () => {
		const db = await testDatabase();
		const owner = await person(db, 'educator', 'Owner');
		const [zoe, ann] = [await person(db, 'learner', 'Zoe'), await person(db, 'learner', 'Ann')];
		const [yan, bea] = [await person(db, 'educator', 'Yan'), await person(db, 'educator', 'Bea')];
		const cohort = await createCohort(db, owner.id, { name: 'Ward 7', description: '' });
		const joinedAt = new Date('2026-06-01T09:00:00Z');
		for (const learner of [zoe, ann]) await joinCohort(db, learner.id, cohort.joinCode, joinedAt);
		for (const educator of [yan, bea]) await addCoEducator(db, cohort, educator.email);
		expect(await listMembers(db, cohort.id)).toEqual([
			expect.objectContaining({ userId: ann.id, displayName: 'Ann', joinedAt }),
			expect.objectContaining({ userId: zoe.id, displayName: 'Zoe', joinedAt })
		]);
		expect((await listCoEducators(db, cohort.id)).map((e) => e.displayName)).toEqual([
			'Bea',
			'Yan'
		]);
		await removeMember(db, cohort.id, ann.id);
		await removeCoEducator(db, cohort.id, yan.id);
		expect((await listMembers(db, cohort.id)).map((m) => m.userId)).toEqual([zoe.id]);
		expect((await listCoEducators(db, cohort.id)).map((e) => e.userId)).toEqual([bea.id]);
	});

	it('are shared only with educators, and not with their owner', async () => {
		const db = await testDatabase();
		const owner = await person(db, 'educator', 'Owner');
		const learner = await person(db, 'learner', 'Ann');
		const cohort = await createCohort(db, owner.id, { name: 'Ward 7', description: '' });
		expect(await addCoEducator(db, cohort, learner.email)).toEqual({
			ok: false,
			message: 'No educator has this email. An administrator can make them an educator first.'
		});
		expect(await addCoEducator(db, cohort, 'nobody@example.org')).toMatchObject({ ok: false });
		expect(await addCoEducator(db, cohort, owner.email)).toEqual({
			ok: false,
			message: 'This educator owns the cohort already.'
		});
		expect(await listCoEducators(db, cohort.id)).toEqual([]);
	});
});
