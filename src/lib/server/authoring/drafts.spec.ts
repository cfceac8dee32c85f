import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { banks as bundled, loadSourceDocument } from '$lib/content';
import type { ItemSpec } from '$lib/content/types';
import type { DB } from '$lib/server/db';
import type { Role } from '$lib/server/db/schema';
import {
	itemDrafts,
	itemReports,
	items,
	itemVersions,
	notifications,
	packUpdates,
	users
} from '$lib/server/db/tables';
import { listBanksStep } from '$lib/server/bank/queries';
import { perform } from '$lib/server/db/steps';
import { loadBanks } from '$lib/server/bank/sync';
import { contentDatabase } from '$lib/server/testing/content';
import { canAuthorBank } from './access';
import { createBank, listAuthorBanks, shareBank } from './banks';
import {
	acceptPackUpdate,
	AuthoringError,
	checkItem,
	createItem,
	keepLocalVersion,
	openDraft,
	publishDraft,
	retireItem,
	revertToVersion,
	saveDraft,
	submitForReview
} from './drafts';
import { bankGlossary, editorState, itemVersionsOf, reviewQueue } from './editor';

const ablation = bundled.find((b) => b.id === 'ablation')!;
const model = ablation.items.find((i) => i.type === 'single-best-answer')!;

async function person(db: DB, id: string, role: Role) {
	await db
		.insert(users)
		.values({ id, email: `${id}@example.org`, passwordHash: '-', displayName: id, role });
	return { id, role };
}

async function setting() {
	const db = await contentDatabase(['ablation']);
	return {
		db,
		author: await person(db, 'author', 'educator'),
		reviewer: await person(db, 'reviewer', 'educator'),
		admin: await person(db, 'admin', 'admin'),
		learner: await person(db, 'learner', 'learner')
	};
}

/** A new question that meets every rule: a bundled one with its stem reworded. */
const goodSpec = (): ItemSpec => ({
	...structuredClone(model),
	stem: `${model.stem} She asks what comes next.`
});

const seen = async (db: DB, itemId: string) => (await openDraft(db, itemId))!.updatedAt.getTime();

describe('writing and publishing a question', () => {
	it('keeps a new question from learners until a second educator publishes it', async () => {
		const { db, author, reviewer } = await setting();
		const before = (await perform(db, listBanksStep(db)))[0].itemCount;
		const id = await createItem(
			db,
			author,
			'ablation',
			goodSpec(),
			'A question on choosing ablation.'
		);
		expect((await db.select().from(items).where(eq(items.id, id)).limit(1))[0]?.status).toBe(
			'draft'
		);
		expect((await perform(db, listBanksStep(db)))[0].itemCount).toBe(before);

		await expect(publishDraft(db, author, id, await seen(db, id))).rejects.toThrow(AuthoringError);
		await submitForReview(db, author, id, await seen(db, id));
		expect(await reviewQueue(db, author)).toEqual([]);
		expect((await reviewQueue(db, reviewer)).map((r) => r.itemId)).toEqual([id]);
		await expect(publishDraft(db, author, id, await seen(db, id))).rejects.toThrow(
			/second educator/
		);

		expect(await publishDraft(db, reviewer, id, await seen(db, id))).toEqual({
			version: 1,
			resolvedReports: 0
		});
		const version = (
			await db.select().from(itemVersions).where(eq(itemVersions.itemId, id)).limit(1)
		)[0]!;
		expect(version).toMatchObject({
			version: 1,
			origin: 'local',
			authorId: 'author',
			approvedBy: 'reviewer',
			approval: 'second-educator',
			note: 'A question on choosing ablation.'
		});
		expect((await perform(db, listBanksStep(db)))[0].itemCount).toBe(before + 1);
		expect(await openDraft(db, id)).toBeUndefined();
	});

	it('refuses review for a draft that breaks an item-writing rule, and says which', async () => {
		const { db, author } = await setting();
		const spec = { ...goodSpec(), source: { ...model.source, quote: 'words the passage lacks' } };
		const id = await createItem(db, author, 'ablation', spec, 'Draft.');
		expect((await checkItem(db, spec)).join()).toMatch(/not found verbatim/);
		await expect(submitForReview(db, author, id, await seen(db, id))).rejects.toThrow(
			/Fix the problems/
		);
	});

	it('lets an administrator publish alone, and records that it was so', async () => {
		const { db, admin } = await setting();
		const id = await createItem(db, admin, 'ablation', goodSpec(), 'Urgent correction.');
		await publishDraft(db, admin, id, await seen(db, id));
		expect(
			(await db.select().from(itemVersions).where(eq(itemVersions.itemId, id)).limit(1))[0]
				?.approval
		).toBe('admin-alone');
	});

	it('makes an edit a new version and keeps the one answers point at', async () => {
		const { db, author, reviewer } = await setting();
		const original = (await db.select().from(items).where(eq(items.id, model.id)).limit(1))[0]!;
		const edited = { ...structuredClone(model), teachingPoint: 'A clearer teaching point.' };
		await saveDraft(db, author, model.id, edited, 'Clearer teaching point.', null);
		await submitForReview(db, author, model.id, await seen(db, model.id));
		expect((await publishDraft(db, reviewer, model.id, await seen(db, model.id))).version).toBe(2);
		const now = (await db.select().from(items).where(eq(items.id, model.id)).limit(1))[0]!;
		expect(now.currentVersionId).not.toBe(original.currentVersionId);
		const first = (
			await db
				.select()
				.from(itemVersions)
				.where(eq(itemVersions.id, original.currentVersionId))
				.limit(1)
		)[0];
		expect(first?.spec.teachingPoint).toBe(model.teachingPoint);
	});

	it('saves the passage the quote comes from first, as the passage list posts them in document order', async () => {
		const { db, admin } = await setting();
		const [quoted, ...others] = model.source.passageIds;
		const extra = others.length ? others : ['symptoms-1'];
		const posted = {
			...structuredClone(model),
			stem: `${model.stem} She asks what comes next.`,
			source: { ...model.source, passageIds: [...extra, quoted] }
		};
		const saved = await saveDraft(db, admin, model.id, posted, 'Clearer stem.', null);
		expect(saved.spec.source.passageIds).toEqual([quoted, ...extra]);
		expect(await checkItem(db, posted)).toEqual([]);
		// A draft kept in the order posted, as drafts were saved before, is published quoted first.
		await db.update(itemDrafts).set({ spec: posted }).where(eq(itemDrafts.id, saved.id));
		await publishDraft(db, admin, model.id, await seen(db, model.id));
		const [item] = await db.select().from(items).where(eq(items.id, model.id));
		const [version] = await db
			.select()
			.from(itemVersions)
			.where(eq(itemVersions.id, item.currentVersionId));
		expect(version.spec.source.passageIds).toEqual([quoted, ...extra]);
		const id = await createItem(db, admin, 'ablation', posted, 'A new question.');
		expect((await openDraft(db, id))?.spec.source.passageIds).toEqual([quoted, ...extra]);
	});

	it('refuses a save over a later change by someone else, and a publish of the same content', async () => {
		const { db, author, reviewer, admin } = await setting();
		await saveDraft(db, author, model.id, { ...model, objective: 'One.' }, 'First.', null);
		const stale = await seen(db, model.id);
		await saveDraft(
			db,
			reviewer,
			model.id,
			{ ...model, objective: 'Two.' },
			'Second.',
			stale,
			new Date(Date.now() + 1000)
		);
		await expect(saveDraft(db, author, model.id, model, 'Third.', stale)).rejects.toThrow(
			/changed since/
		);
		expect((await openDraft(db, model.id))?.spec.objective).toBe('Two.');
		await saveDraft(
			db,
			reviewer,
			model.id,
			model,
			'Back.',
			await seen(db, model.id),
			new Date(Date.now() + 2000)
		);
		await submitForReview(db, reviewer, model.id, await seen(db, model.id));
		await expect(publishDraft(db, admin, model.id, await seen(db, model.id))).rejects.toThrow(
			/nothing to publish/
		);
	});

	it('resolves open reports when the fix is published and tells each reporter', async () => {
		const { db, author, reviewer, learner } = await setting();
		const item = (await db.select().from(items).where(eq(items.id, model.id)).limit(1))[0]!;
		await db.insert(itemReports).values({
			userId: learner.id,
			itemId: model.id,
			itemVersionId: item.currentVersionId,
			message: 'Typo.',
			createdAt: new Date()
		});
		await saveDraft(
			db,
			author,
			model.id,
			{ ...model, objective: 'Fixed typo.' },
			'Typo fixed.',
			null
		);
		await submitForReview(db, author, model.id, await seen(db, model.id));
		expect(
			(await publishDraft(db, reviewer, model.id, await seen(db, model.id))).resolvedReports
		).toBe(1);
		expect((await db.select().from(itemReports).limit(1))[0]).toMatchObject({
			status: 'resolved',
			resolvedBy: 'reviewer'
		});
		expect(
			(await db.select().from(notifications).where(eq(notifications.userId, learner.id))).map(
				(n) => n.message
			)
		).toEqual([
			`The problem you reported in question ${model.id} was fixed in version 2: Typo fixed.`
		]);
	});

	it('reverts to an earlier version by opening a draft with its content', async () => {
		const { db, author, reviewer } = await setting();
		await saveDraft(db, author, model.id, { ...model, objective: 'Changed.' }, 'Change.', null);
		await submitForReview(db, author, model.id, await seen(db, model.id));
		await publishDraft(db, reviewer, model.id, await seen(db, model.id));
		await revertToVersion(db, author, model.id, 1);
		expect((await openDraft(db, model.id))?.spec.objective).toBe(model.objective);
		await expect(revertToVersion(db, author, model.id, 1)).rejects.toThrow(/open draft/);
	});
});

describe('who may write which bank', () => {
	it('gives an educator their own banks and those shared with them, and admins every bank', async () => {
		const { db, author, reviewer, admin, learner } = await setting();
		const id = await createBank(db, author, {
			title: 'Ward pharmacology',
			description: 'For nurses.'
		});
		const bank = { id, ownerId: author.id };
		expect(await canAuthorBank(db, author, bank)).toBe(true);
		expect(await canAuthorBank(db, reviewer, bank)).toBe(false);
		expect(await canAuthorBank(db, admin, bank)).toBe(true);
		expect(await canAuthorBank(db, learner, { id: 'ablation', ownerId: null })).toBe(false);
		expect((await listAuthorBanks(db, reviewer)).map((b) => b.id)).toEqual(['ablation']);

		const refused = await shareBank(
			db,
			reviewer,
			{ ...bank, title: '', description: '', position: 0, retired: false },
			'reviewer@example.org'
		);
		expect(refused.ok).toBe(false);
		const full = { ...bank, title: '', description: '', position: 0, retired: false };
		expect(await shareBank(db, author, full, 'learner@example.org')).toEqual({
			ok: false,
			message: 'No educator has an account with this email.'
		});
		expect(await shareBank(db, author, full, 'reviewer@example.org')).toEqual({
			ok: true,
			name: 'reviewer'
		});
		expect(await canAuthorBank(db, reviewer, bank)).toBe(true);
		expect(await editorState(db, learner, model.id)).toBeNull();
	});

	it('never takes a bundled bank’s id for a bank made here', async () => {
		const { db, author } = await setting();
		expect(await createBank(db, author, { title: 'Ablation', description: 'Mine.' })).toBe(
			'ablation-2'
		);
	});
});

describe('a bundled change to a question edited here', () => {
	const changedPack = () => [
		{
			...ablation,
			items: ablation.items.map((i) =>
				i.id === model.id ? { ...i, objective: 'Pack objective.' } : i
			)
		}
	];

	async function editedHere() {
		const s = await setting();
		await saveDraft(
			s.db,
			s.author,
			model.id,
			{ ...model, objective: 'Local objective.' },
			'Local.',
			null
		);
		await submitForReview(s.db, s.author, model.id, await seen(s.db, model.id));
		await publishDraft(s.db, s.reviewer, model.id, await seen(s.db, model.id));
		return s;
	}
	const served = async (db: DB) =>
		(await editorState(db, { id: 'admin', role: 'admin' }, model.id))!.served!.spec.objective;

	it('waits for an educator instead of overwriting the local edit', async () => {
		const { db } = await editedHere();
		const summary = await loadBanks(db, loadSourceDocument(), changedPack());
		expect(summary.held).toBe(1);
		expect(await served(db)).toBe('Local objective.');
		expect((await db.select().from(packUpdates).limit(1))[0]?.spec.objective).toBe(
			'Pack objective.'
		);
	});

	it('serves the bundled version once accepted', async () => {
		const { db, author } = await editedHere();
		await loadBanks(db, loadSourceDocument(), changedPack());
		await acceptPackUpdate(db, author, model.id);
		expect(await served(db)).toBe('Pack objective.');
		expect(await db.select().from(packUpdates)).toEqual([]);
		expect((await loadBanks(db, loadSourceDocument(), changedPack())).held).toBe(0);
	});

	it('sets the bundled change aside when the local edit is kept, until the pack changes again', async () => {
		const { db, author } = await editedHere();
		await loadBanks(db, loadSourceDocument(), changedPack());
		await keepLocalVersion(db, author, model.id);
		expect((await loadBanks(db, loadSourceDocument(), changedPack())).held).toBe(0);
		expect(await served(db)).toBe('Local objective.');
	});

	it('leaves a question retired here retired when the app restarts', async () => {
		const { db, author } = await setting();
		await retireItem(db, author, model.id, 'Superseded.');
		await loadBanks(db, loadSourceDocument(), [ablation]);
		expect((await db.select().from(items).where(eq(items.id, model.id)).limit(1))[0]?.status).toBe(
			'retired'
		);
	});
});

describe("a bank's glossary", () => {
	it('holds the terms its published questions key', async () => {
		const db = await contentDatabase(['ablation']);
		const glossary = await bankGlossary(db, 'ablation');
		const bank = bundled.find((b) => b.id === 'ablation')!;
		const [worded, numeric] = ['[a-z]', '^[0-9 .]+$'].map((pattern) =>
			bank.items.find((i) => new RegExp(pattern, 'i').test(i.shortAnswer?.accepted[0] ?? ''))!
		);
		expect(glossary).toContain(worded.shortAnswer!.accepted[0]);
		// Numbers are offered from the quote itself, unit and all.
		expect(glossary).not.toContain(numeric.shortAnswer!.accepted[0]);
		const shortKey = bank.items
			.flatMap((i) => i.options.filter((o) => o.correct))
			.find((o) => o.text.split(/\s+/).length <= 4);
		if (shortKey) expect(glossary).toContain(shortKey.text.replace(/[.]$/, ''));
		expect(await bankGlossary(db, 'no-such-bank')).toEqual([]);
	});
});

describe('the same draft sent twice', () => {
	it('publishes once when Publish is sent twice from one page (a double click)', async () => {
		const { db, author, reviewer } = await setting();
		const id = await createItem(
			db,
			author,
			'ablation',
			goodSpec(),
			'A question on choosing ablation.'
		);
		await submitForReview(db, author, id, await seen(db, id));
		const opened = await seen(db, id);
		expect((await publishDraft(db, reviewer, id, opened)).version).toBe(1);
		await expect(publishDraft(db, reviewer, id, opened)).rejects.toThrow(/no open draft/);
		const versions = await db.select().from(itemVersions).where(eq(itemVersions.itemId, id));
		expect(versions.map((v) => v.version)).toEqual([1]);
	});

	it('refuses the later of two saves from pages opened on the same draft, keeping the first', async () => {
		const { db, author, reviewer } = await setting();
		const id = await createItem(db, author, 'ablation', goodSpec(), 'Started.');
		const opened = await seen(db, id);
		const first = { ...goodSpec(), leadIn: 'What is the most suitable next step?' };
		await saveDraft(db, author, id, first, 'Lead-in reworded.', opened, new Date(opened + 1000));
		const second = { ...goodSpec(), teachingPoint: 'Ablation suits small tumours.' };
		await expect(
			saveDraft(db, reviewer, id, second, 'Teaching point.', opened, new Date(opened + 2000))
		).rejects.toThrow(/changed since you opened it/);
		expect((await openDraft(db, id))?.spec.leadIn).toBe(first.leadIn);
		expect((await openDraft(db, id))?.spec.teachingPoint).toBe(goodSpec().teachingPoint);
	});
});

describe('the versions of a question', () => {
	it('names authors and approvers with their email, so two who share a name are told apart', async () => {
		const { db, admin } = await setting();
		for (const [id, email] of [
			['sam-1', 'sam.lee@ward.example.org'],
			['sam-2', 'sam.lee@theatre.example.org']
		])
			await db
				.insert(users)
				.values({ id, email, passwordHash: '-', displayName: 'Sam Lee', role: 'educator' });
		const first = { id: 'sam-1', role: 'educator' as const };
		const second = { id: 'sam-2', role: 'educator' as const };
		const id = await createItem(db, first, 'ablation', goodSpec(), 'First version.');
		await submitForReview(db, first, id, await seen(db, id));
		await publishDraft(db, second, id, await seen(db, id));
		await saveDraft(db, second, id, { ...goodSpec(), leadIn: 'What next?' }, 'Shorter.', null);
		await publishDraft(db, admin, id, await seen(db, id));
		const item = (await db.select().from(items).where(eq(items.id, id)).limit(1))[0]!;
		const versions = await itemVersionsOf(db, item);
		expect(versions.map((v) => [v.version, v.author?.email, v.approvedBy?.email])).toEqual([
			[2, 'sam.lee@theatre.example.org', 'admin@example.org'],
			[1, 'sam.lee@ward.example.org', 'sam.lee@theatre.example.org']
		]);
		expect(versions.every((v) => v.author?.name === 'Sam Lee')).toBe(true);
	});
});
