import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { banks, loadSourceDocument } from '$lib/content';
import { SOURCE_SLUG } from '$lib/content/links';
import { loadBanks } from '$lib/server/bank/sync';
import { items, itemVersionPassages, passages, users } from '$lib/server/db/tables';
import { contentDatabase } from '$lib/server/testing/content';
import type { DB } from '$lib/server/db';
import {
	addDocument,
	canReviseDocument,
	compareWithPrevious,
	getAddedDocument,
	itemsWithChangedSources,
	listDocuments,
	reviseDocument,
	type DocumentInput
} from './documents';

const GUIDE =
	'# Ward sepsis guide\n\n## Red flags\n\n- Confusion\n- Mottled skin\n\n## Treatment\n\nGive oxygen.';

function input(text: string, extra: Partial<DocumentInput> = {}): DocumentInput {
	return { title: '', format: 'markdown', text, note: '', ...extra };
}

let educators = 0;

async function educator(db: DB) {
	const id = `educator-${++educators}`;
	const [user] = await db
		.insert(users)
		.values({
			id,
			email: `${id}@example.org`,
			passwordHash: '-',
			displayName: id,
			role: 'educator'
		})
		.returning();
	return { ...user, role: 'educator' as const };
}

async function setup() {
	const db = await contentDatabase(['clinical-trials']);
	const owner = await educator(db);
	const added = await addDocument(db, owner, input(GUIDE, { note: 'From the trust intranet' }));
	if (!added.ok) throw new Error(JSON.stringify(added.errors));
	return { db, owner, slug: added.slug };
}

describe('adding a document', () => {
	it('splits it into passages with ids that name the document, as revision 1', async () => {
		const { db, slug } = await setup();
		expect(slug).toBe('ward-sepsis-guide');
		const doc = (await getAddedDocument(db, slug))!;
		expect(doc.title).toBe('Ward sepsis guide');
		expect([...doc.doc.passages.keys()]).toEqual([
			'ward-sepsis-guide/red-flags-1',
			'ward-sepsis-guide/red-flags-2',
			'ward-sepsis-guide/treatment-1'
		]);
		expect(doc.revisions.map((r) => [r.revision, r.note])).toEqual([
			[1, 'From the trust intranet']
		]);
		const stored = await db.select().from(passages).where(eq(passages.documentSlug, slug));
		expect(stored.map((p) => p.id).sort()).toEqual([...doc.doc.passages.keys()].sort());
	});

	it('gives a second document of the same title its own address', async () => {
		const { db, owner } = await setup();
		const again = await addDocument(db, owner, input(GUIDE));
		expect(again).toEqual({ ok: true, slug: 'ward-sepsis-guide-2', revision: 1 });
	});

	it.each([
		['', 'text', 'Paste the document or choose a file.'],
		['# Only a title', 'text', 'The document has a title but no text under it.']
	])('refuses %j with a message on the %s field', async (text, field, message) => {
		const { db, owner } = await setup();
		expect(await addDocument(db, owner, input(text))).toEqual({
			ok: false,
			errors: { [field]: message }
		});
	});

	it('lists the bundled document first, with how many examinable passages items cite', async () => {
		const { db, slug } = await setup();
		const list = await listDocuments(db);
		expect(list.map((d) => [d.slug, d.bundled])).toEqual([
			[SOURCE_SLUG, true],
			[slug, false]
		]);
		expect(list[0].cited).toBeGreaterThan(0);
		expect(list[1]).toMatchObject({ examinable: 3, cited: 0, revision: 1 });
	});
});

describe('revising a document', () => {
	it('is for its owner and admins only; the bundled document changes with the banks', async () => {
		const owner = { id: 'a', role: 'educator' as const };
		expect(canReviseDocument(owner, { ownerId: 'a' })).toBe(true);
		expect(canReviseDocument({ id: 'b', role: 'educator' }, { ownerId: 'a' })).toBe(false);
		expect(canReviseDocument({ id: 'a', role: 'learner' }, { ownerId: 'a' })).toBe(false);
		expect(canReviseDocument({ id: 'c', role: 'admin' }, { ownerId: 'a' })).toBe(true);
		expect(canReviseDocument({ id: 'c', role: 'admin' }, { ownerId: null })).toBe(false);
	});

	it('refuses another educator and the same text', async () => {
		const { db, owner, slug } = await setup();
		expect(
			await reviseDocument(db, await educator(db), slug, input(GUIDE + '\n\nMore.'))
		).toBeNull();
		expect(await reviseDocument(db, owner, slug, input(GUIDE))).toEqual({
			ok: false,
			errors: { text: 'This is the text of revision 1; change it to revise.' }
		});
	});

	it('keeps every revision, retires passages that left, and compares with the one before', async () => {
		const { db, owner, slug } = await setup();
		const revised = await reviseDocument(
			db,
			owner,
			slug,
			input('# Ward sepsis guide\n\n## Red flags\n\n- Confusion\n- Cold, mottled skin', {
				note: 'Treatment moved to its own guide'
			})
		);
		expect(revised).toEqual({ ok: true, slug, revision: 2 });
		const comparison = (await compareWithPrevious(db, slug, 2))!;
		expect(comparison.note).toBe('Treatment moved to its own guide');
		expect(comparison.changes.map((c) => [c.id.split('/')[1], c.status])).toEqual([
			['red-flags-1', 'unchanged'],
			['red-flags-2', 'changed'],
			['treatment-1', 'removed']
		]);
		const retired = await db
			.select({ id: passages.id })
			.from(passages)
			.where(eq(passages.retired, true));
		expect(retired.map((p) => p.id)).toEqual([`${slug}/treatment-1`]);
		expect((await getAddedDocument(db, slug))!.revisions.map((r) => r.revision)).toEqual([2, 1]);
		expect(await compareWithPrevious(db, slug, 3)).toBeNull();
		expect(await compareWithPrevious(db, SOURCE_SLUG, 1)).toBeNull();
	});

	it('flags items citing a passage that changed or left, and no others', async () => {
		const { db, owner, slug } = await setup();
		const [first, second] = await db.select().from(items).limit(2);
		const cite = async (itemVersionId: number, local: string) => {
			const passage = (
				await db
					.select()
					.from(passages)
					.where(eq(passages.id, `${slug}/${local}`))
					.limit(1)
			)[0]!;
			await db
				.insert(itemVersionPassages)
				.values({ itemVersionId, passageId: passage.id, passageHash: passage.hash });
		};
		await cite(first.currentVersionId, 'red-flags-2');
		await cite(second.currentVersionId, 'red-flags-1');
		expect(await itemsWithChangedSources(db, slug)).toEqual([]);
		await reviseDocument(
			db,
			owner,
			slug,
			input('# Ward sepsis guide\n\n## Red flags\n\n- Confusion\n- Cold, mottled skin')
		);
		expect(await itemsWithChangedSources(db, slug)).toEqual([
			{
				itemId: first.id,
				bankTitle: 'Clinical trials',
				passageId: `${slug}/red-flags-2`,
				now: 'Cold, mottled skin'
			}
		]);
	});

	it('keeps its passages when the bundled document changes with the banks', async () => {
		const { db } = await setup();
		const bundled = { ...loadSourceDocument(), version: 'a later version' };
		await loadBanks(
			db,
			bundled,
			banks.filter((b) => b.id === 'clinical-trials')
		);
		expect(await db.select().from(passages).where(eq(passages.retired, true))).toEqual([]);
	});

	it('finds nothing changed in the bundled document as the banks cite it', async () => {
		const { db } = await setup();
		expect(await itemsWithChangedSources(db, SOURCE_SLUG)).toEqual([]);
	});
});
