import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { banks as bundled, loadSourceDocument } from '$lib/content';
import type { ItemSpec } from '$lib/content/types';
import type { DB } from '../db';
import { itemReports, items, itemVersions, packUpdates, users, type Role } from '../db/schema';
import { listBanks } from '../bank/queries';
import { syncBanks } from '../bank/sync';
import { contentDb } from '../testing/fixtures';
import { unreadNotifications } from '../notifications/notifications';
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

function person(db: DB, id: string, role: Role) {
	db.insert(users)
		.values({ id, email: `${id}@example.org`, passwordHash: '-', displayName: id, role })
		.run();
	return { id, role };
}

function setting() {
	const db = contentDb(['ablation']);
	return {
		db,
		author: person(db, 'author', 'educator'),
		reviewer: person(db, 'reviewer', 'educator'),
		admin: person(db, 'admin', 'admin'),
		learner: person(db, 'learner', 'learner')
	};
}

/** A new question that meets every rule: a bundled one with its stem reworded. */
const goodSpec = (): ItemSpec => ({
	...structuredClone(model),
	stem: `${model.stem} She asks what comes next.`
});

const seen = (db: DB, itemId: string) => openDraft(db, itemId)!.updatedAt.getTime();

describe('writing and publishing a question', () => {
	it('keeps a new question from learners until a second educator publishes it', () => {
		const { db, author, reviewer } = setting();
		const before = listBanks(db)[0].itemCount;
		const id = createItem(db, author, 'ablation', goodSpec(), 'A question on choosing ablation.');
		expect(db.select().from(items).where(eq(items.id, id)).get()?.status).toBe('draft');
		expect(listBanks(db)[0].itemCount).toBe(before);

		expect(() => publishDraft(db, author, id, seen(db, id))).toThrow(AuthoringError);
		submitForReview(db, author, id, seen(db, id));
		expect(reviewQueue(db, author)).toEqual([]);
		expect(reviewQueue(db, reviewer).map((r) => r.itemId)).toEqual([id]);
		expect(() => publishDraft(db, author, id, seen(db, id))).toThrow(/second educator/);

		expect(publishDraft(db, reviewer, id, seen(db, id))).toEqual({
			version: 1,
			resolvedReports: 0
		});
		const version = db.select().from(itemVersions).where(eq(itemVersions.itemId, id)).get()!;
		expect(version).toMatchObject({
			version: 1,
			origin: 'local',
			authorId: 'author',
			approvedBy: 'reviewer',
			approval: 'second-educator',
			note: 'A question on choosing ablation.'
		});
		expect(listBanks(db)[0].itemCount).toBe(before + 1);
		expect(openDraft(db, id)).toBeUndefined();
	});

	it('refuses review for a draft that breaks an item-writing rule, and says which', () => {
		const { db, author } = setting();
		const spec = { ...goodSpec(), source: { ...model.source, quote: 'words the passage lacks' } };
		const id = createItem(db, author, 'ablation', spec, 'Draft.');
		expect(checkItem(db, spec).join()).toMatch(/not found verbatim/);
		expect(() => submitForReview(db, author, id, seen(db, id))).toThrow(/Fix the problems/);
	});

	it('lets an administrator publish alone, and records that it was so', () => {
		const { db, admin } = setting();
		const id = createItem(db, admin, 'ablation', goodSpec(), 'Urgent correction.');
		publishDraft(db, admin, id, seen(db, id));
		expect(db.select().from(itemVersions).where(eq(itemVersions.itemId, id)).get()?.approval).toBe(
			'admin-alone'
		);
	});

	it('makes an edit a new version and keeps the one answers point at', () => {
		const { db, author, reviewer } = setting();
		const original = db.select().from(items).where(eq(items.id, model.id)).get()!;
		const edited = { ...structuredClone(model), teachingPoint: 'A clearer teaching point.' };
		saveDraft(db, author, model.id, edited, 'Clearer teaching point.', null);
		submitForReview(db, author, model.id, seen(db, model.id));
		expect(publishDraft(db, reviewer, model.id, seen(db, model.id)).version).toBe(2);
		const now = db.select().from(items).where(eq(items.id, model.id)).get()!;
		expect(now.currentVersionId).not.toBe(original.currentVersionId);
		const first = db
			.select()
			.from(itemVersions)
			.where(eq(itemVersions.id, original.currentVersionId))
			.get();
		expect(first?.spec.teachingPoint).toBe(model.teachingPoint);
	});

	it('refuses a save over a later change by someone else, and a publish of the same content', () => {
		const { db, author, reviewer, admin } = setting();
		saveDraft(db, author, model.id, { ...model, objective: 'One.' }, 'First.', null);
		const stale = seen(db, model.id);
		saveDraft(
			db,
			reviewer,
			model.id,
			{ ...model, objective: 'Two.' },
			'Second.',
			stale,
			new Date(Date.now() + 1000)
		);
		expect(() => saveDraft(db, author, model.id, model, 'Third.', stale)).toThrow(/changed since/);
		expect(openDraft(db, model.id)?.spec.objective).toBe('Two.');
		saveDraft(
			db,
			reviewer,
			model.id,
			model,
			'Back.',
			seen(db, model.id),
			new Date(Date.now() + 2000)
		);
		submitForReview(db, reviewer, model.id, seen(db, model.id));
		expect(() => publishDraft(db, admin, model.id, seen(db, model.id))).toThrow(
			/nothing to publish/
		);
	});

	it('resolves open reports when the fix is published and tells each reporter', () => {
		const { db, author, reviewer, learner } = setting();
		const item = db.select().from(items).where(eq(items.id, model.id)).get()!;
		db.insert(itemReports)
			.values({
				userId: learner.id,
				itemId: model.id,
				itemVersionId: item.currentVersionId,
				message: 'Typo.',
				createdAt: new Date()
			})
			.run();
		saveDraft(db, author, model.id, { ...model, objective: 'Fixed typo.' }, 'Typo fixed.', null);
		submitForReview(db, author, model.id, seen(db, model.id));
		expect(publishDraft(db, reviewer, model.id, seen(db, model.id)).resolvedReports).toBe(1);
		expect(db.select().from(itemReports).get()).toMatchObject({
			status: 'resolved',
			resolvedBy: 'reviewer'
		});
		expect(unreadNotifications(db, learner.id).map((n) => n.message)).toEqual([
			`The problem you reported in question ${model.id} was fixed in version 2: Typo fixed.`
		]);
	});

	it('reverts to an earlier version by opening a draft with its content', () => {
		const { db, author, reviewer } = setting();
		saveDraft(db, author, model.id, { ...model, objective: 'Changed.' }, 'Change.', null);
		submitForReview(db, author, model.id, seen(db, model.id));
		publishDraft(db, reviewer, model.id, seen(db, model.id));
		revertToVersion(db, author, model.id, 1);
		expect(openDraft(db, model.id)?.spec.objective).toBe(model.objective);
		expect(() => revertToVersion(db, author, model.id, 1)).toThrow(/open draft/);
	});
});

describe('who may write which bank', () => {
	it('gives an educator their own banks and those shared with them, and admins every bank', () => {
		const { db, author, reviewer, admin, learner } = setting();
		const id = createBank(db, author, { title: 'Ward pharmacology', description: 'For nurses.' });
		const bank = { id, ownerId: author.id };
		expect(canAuthorBank(db, author, bank)).toBe(true);
		expect(canAuthorBank(db, reviewer, bank)).toBe(false);
		expect(canAuthorBank(db, admin, bank)).toBe(true);
		expect(canAuthorBank(db, learner, { id: 'ablation', ownerId: null })).toBe(false);
		expect(listAuthorBanks(db, reviewer).map((b) => b.id)).toEqual(['ablation']);

		const refused = shareBank(
			db,
			reviewer,
			{ ...bank, title: '', description: '', position: 0, retired: false },
			'reviewer@example.org'
		);
		expect(refused.ok).toBe(false);
		const full = { ...bank, title: '', description: '', position: 0, retired: false };
		expect(shareBank(db, author, full, 'learner@example.org')).toEqual({
			ok: false,
			message: 'No educator has an account with this email.'
		});
		expect(shareBank(db, author, full, 'reviewer@example.org')).toEqual({
			ok: true,
			name: 'reviewer'
		});
		expect(canAuthorBank(db, reviewer, bank)).toBe(true);
		expect(editorState(db, learner, model.id)).toBeNull();
	});

	it('never takes a bundled bank’s id for a bank made here', () => {
		const { db, author } = setting();
		expect(createBank(db, author, { title: 'Ablation', description: 'Mine.' })).toBe('ablation-2');
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

	function editedHere() {
		const s = setting();
		saveDraft(
			s.db,
			s.author,
			model.id,
			{ ...model, objective: 'Local objective.' },
			'Local.',
			null
		);
		submitForReview(s.db, s.author, model.id, seen(s.db, model.id));
		publishDraft(s.db, s.reviewer, model.id, seen(s.db, model.id));
		return s;
	}
	const served = (db: DB) =>
		editorState(db, { id: 'admin', role: 'admin' }, model.id)!.served!.spec.objective;

	it('waits for an educator instead of overwriting the local edit', () => {
		const { db } = editedHere();
		const summary = syncBanks(db, loadSourceDocument(), changedPack());
		expect(summary.held).toBe(1);
		expect(served(db)).toBe('Local objective.');
		expect(db.select().from(packUpdates).get()?.spec.objective).toBe('Pack objective.');
	});

	it('serves the bundled version once accepted', () => {
		const { db, author } = editedHere();
		syncBanks(db, loadSourceDocument(), changedPack());
		acceptPackUpdate(db, author, model.id);
		expect(served(db)).toBe('Pack objective.');
		expect(db.select().from(packUpdates).all()).toEqual([]);
		expect(syncBanks(db, loadSourceDocument(), changedPack()).held).toBe(0);
	});

	it('sets the bundled change aside when the local edit is kept, until the pack changes again', () => {
		const { db, author } = editedHere();
		syncBanks(db, loadSourceDocument(), changedPack());
		keepLocalVersion(db, author, model.id);
		expect(syncBanks(db, loadSourceDocument(), changedPack()).held).toBe(0);
		expect(served(db)).toBe('Local objective.');
	});

	it('leaves a question retired here retired when the app restarts', () => {
		const { db, author } = setting();
		retireItem(db, author, model.id, 'Superseded.');
		syncBanks(db, loadSourceDocument(), [ablation]);
		expect(db.select().from(items).where(eq(items.id, model.id)).get()?.status).toBe('retired');
	});
});

describe("a bank's glossary", () => {
	it('holds the terms its published questions key', () => {
		const db = contentDb(['ablation']);
		const glossary = bankGlossary(db, 'ablation');
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
		expect(bankGlossary(db, 'no-such-bank')).toEqual([]);
	});
});

describe('the same draft sent twice', () => {
	it('publishes once when Publish is sent twice from one page (a double click)', () => {
		const { db, author, reviewer } = setting();
		const id = createItem(db, author, 'ablation', goodSpec(), 'A question on choosing ablation.');
		submitForReview(db, author, id, seen(db, id));
		const opened = seen(db, id);
		expect(publishDraft(db, reviewer, id, opened).version).toBe(1);
		expect(() => publishDraft(db, reviewer, id, opened)).toThrow(/no open draft/);
		const versions = db.select().from(itemVersions).where(eq(itemVersions.itemId, id)).all();
		expect(versions.map((v) => v.version)).toEqual([1]);
	});

	it('refuses the later of two saves from pages opened on the same draft, keeping the first', () => {
		const { db, author, reviewer } = setting();
		const id = createItem(db, author, 'ablation', goodSpec(), 'Started.');
		const opened = seen(db, id);
		const first = { ...goodSpec(), leadIn: 'What is the most suitable next step?' };
		saveDraft(db, author, id, first, 'Lead-in reworded.', opened, new Date(opened + 1000));
		const second = { ...goodSpec(), teachingPoint: 'Ablation suits small tumours.' };
		expect(() =>
			saveDraft(db, reviewer, id, second, 'Teaching point.', opened, new Date(opened + 2000))
		).toThrow(/changed since you opened it/);
		expect(openDraft(db, id)?.spec.leadIn).toBe(first.leadIn);
		expect(openDraft(db, id)?.spec.teachingPoint).toBe(goodSpec().teachingPoint);
	});
});

describe('the versions of a question', () => {
	it('names authors and approvers with their email, so two who share a name are told apart', () => {
		const { db, admin } = setting();
		for (const [id, email] of [
			['sam-1', 'sam.lee@ward.example.org'],
			['sam-2', 'sam.lee@theatre.example.org']
		])
			db.insert(users)
				.values({ id, email, passwordHash: '-', displayName: 'Sam Lee', role: 'educator' })
				.run();
		const first = { id: 'sam-1', role: 'educator' as const };
		const second = { id: 'sam-2', role: 'educator' as const };
		const id = createItem(db, first, 'ablation', goodSpec(), 'First version.');
		submitForReview(db, first, id, seen(db, id));
		publishDraft(db, second, id, seen(db, id));
		saveDraft(db, second, id, { ...goodSpec(), leadIn: 'What next?' }, 'Shorter.', null);
		publishDraft(db, admin, id, seen(db, id));
		const item = db.select().from(items).where(eq(items.id, id)).get()!;
		const versions = itemVersionsOf(db, item);
		expect(versions.map((v) => [v.version, v.author?.email, v.approvedBy?.email])).toEqual([
			[2, 'sam.lee@theatre.example.org', 'admin@example.org'],
			[1, 'sam.lee@ward.example.org', 'sam.lee@theatre.example.org']
		]);
		expect(versions.every((v) => v.author?.name === 'Sam Lee')).toBe(true);
	});
});
