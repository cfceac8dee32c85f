import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { DB } from '$lib/server/db';
import type { Role } from '$lib/server/db/schema';
import { itemDrafts, items, users } from '$lib/server/db/tables';
import { createBank } from '$lib/server/authoring/banks';
import { contentDatabase } from '$lib/server/testing/content';
import { confirmImport, createImportPreview, ImportConfirmError, importPreview } from './preview';
import { readImportFile } from './read';

async function person(db: DB, id: string, role: Role) {
	await db
		.insert(users)
		.values({ id, email: `${id}@example.org`, passwordHash: '-', displayName: id, role });
	return { id, role };
}

const file = readFileSync('tests/fixtures/import/moodle-every-type.xml');

async function setting() {
	const db = await contentDatabase(['ablation']);
	const owner = await person(db, 'owner', 'educator');
	const other = await person(db, 'other', 'educator');
	const bankId = await createBank(db, owner, { title: 'Imported', description: 'From Moodle.' });
	const parsed = readImportFile('every-type.xml', file);
	return { db, owner, other, bankId, parsed };
}

const draftsIn = async (db: DB, bankId: string) =>
	await db
		.select({ id: items.id, status: items.status, spec: itemDrafts.spec, note: itemDrafts.note })
		.from(items)
		.innerJoin(itemDrafts, eq(itemDrafts.itemId, items.id))
		.where(eq(items.bankId, bankId));

describe('importing questions into a bank', () => {
	it('writes nothing until the educator confirms the preview', async () => {
		const { db, owner, bankId, parsed } = await setting();
		const { data } = await createImportPreview(db, owner, bankId, 'every-type.xml', parsed);
		expect(data.questions).toHaveLength(7);
		expect(data.skipped).toHaveLength(7);
		expect(await draftsIn(db, bankId)).toEqual([]);
	});

	it('lists each question’s item-writing problems in the preview', async () => {
		const { db, owner, bankId, parsed } = await setting();
		const { data } = await createImportPreview(db, owner, bankId, 'every-type.xml', parsed);
		const margin = data.questions.find((q) => q.name === 'Ablation margin')!;
		expect(margin.problems).toContain('the source cites no passage');
		expect(margin.problems).toContain('a single-best-answer item needs exactly 5 options, not 3');
	});

	it('drafts every previewed question in the bank with where it came from', async () => {
		const { db, owner, bankId, parsed } = await setting();
		const { token } = await createImportPreview(db, owner, bankId, 'every-type.xml', parsed);
		const result = await confirmImport(db, owner, token);
		expect(result.itemIds).toHaveLength(7);
		const drafts = await draftsIn(db, bankId);
		expect(drafts.map((d) => d.status)).toEqual(Array(7).fill('draft'));
		const margin = drafts.find((d) => d.spec.stem.startsWith('A 62-year-old'))!;
		expect(margin.spec.id).toBe(margin.id);
		expect(margin.note).toBe(
			'Imported from every-type.xml (Moodle XML), line 12: "Ablation margin", ID number ABL-01, category Liver › Ablation. No source cited yet. Changed on import: "At least 2 mm" gave 50% (partial credit), and is imported as wrong.'
		);
	});

	it('imports once when the confirmation is replayed', async () => {
		const { db, owner, bankId, parsed } = await setting();
		const { token } = await createImportPreview(db, owner, bankId, 'every-type.xml', parsed);
		const first = await confirmImport(db, owner, token);
		const again = await confirmImport(db, owner, token);
		expect(again).toEqual({ ...first, repeated: true });
		expect(await draftsIn(db, bankId)).toHaveLength(7);
	});

	it('refuses another user’s preview token', async () => {
		const { db, owner, other, bankId, parsed } = await setting();
		const { token } = await createImportPreview(db, owner, bankId, 'every-type.xml', parsed);
		expect(await importPreview(db, other, token)).toBeNull();
		await expect(confirmImport(db, other, token)).rejects.toThrow(ImportConfirmError);
		expect(await draftsIn(db, bankId)).toEqual([]);
	});

	it('writes nothing when the educator lost access to the bank before confirming', async () => {
		const { db, owner, other, parsed } = await setting();
		const theirs = await createBank(db, other, { title: 'Theirs', description: 'Not shared.' });
		const { token } = await createImportPreview(db, owner, theirs, 'every-type.xml', parsed);
		await expect(confirmImport(db, owner, token)).rejects.toThrow(/no longer write/);
		expect(await draftsIn(db, theirs)).toEqual([]);
		expect((await importPreview(db, owner, token))?.confirmedAt).toBeNull();
	});

	it('rolls every draft back when one cannot be written', async () => {
		const { db, owner, bankId, parsed } = await setting();
		const broken = {
			...parsed,
			questions: [
				...parsed.questions,
				{ ...parsed.questions[0], spec: { ...parsed.questions[0].spec, type: undefined } }
			]
		} as unknown as typeof parsed;
		const { token } = await createImportPreview(db, owner, bankId, 'every-type.xml', broken);
		await expect(confirmImport(db, owner, token)).rejects.toThrow();
		expect(await draftsIn(db, bankId)).toEqual([]);
		expect((await importPreview(db, owner, token))?.confirmedAt).toBeNull();
	});

	it('reports progress as each draft is written', async () => {
		const { db, owner, bankId, parsed } = await setting();
		const { token } = await createImportPreview(db, owner, bankId, 'every-type.xml', parsed);
		const seen: string[] = [];
		await confirmImport(db, owner, token, (done, total) => seen.push(`${done}/${total}`));
		expect(seen).toEqual(['1/7', '2/7', '3/7', '4/7', '5/7', '6/7', '7/7']);
	});
});

describe('untidy imports', () => {
	const gift = (text: string) => readImportFile('repeats.gift', new TextEncoder().encode(text));

	it('warns of every question already in the bank when the same file is imported again', async () => {
		const { db, owner, bankId, parsed } = await setting();
		const first = await createImportPreview(db, owner, bankId, 'every-type.xml', parsed);
		expect(first.data.questions.map((q) => q.alreadyInBank)).toEqual(Array(7).fill([]));
		const { itemIds } = await confirmImport(db, owner, first.token);

		const again = await createImportPreview(db, owner, bankId, 'every-type.xml', parsed);
		expect(again.data.questions.map((q) => q.alreadyInBank)).toEqual(itemIds.map((id) => [id]));
		// Nothing stops it: the educator may mean to, and is told what will happen.
		expect((await confirmImport(db, owner, again.token)).itemIds).toHaveLength(7);
		expect(await draftsIn(db, bankId)).toHaveLength(14);
	});

	it('does not count retired items or other banks as already there', async () => {
		const { db, owner, bankId, parsed } = await setting();
		const elsewhere = await createBank(db, owner, { title: 'Elsewhere', description: 'Another.' });
		const { token } = await createImportPreview(db, owner, elsewhere, 'every-type.xml', parsed);
		const [retired] = (await confirmImport(db, owner, token)).itemIds;
		await db.update(items).set({ status: 'retired' }).where(eq(items.id, retired));
		const { data } = await createImportPreview(db, owner, bankId, 'every-type.xml', parsed);
		expect(data.questions.every((q) => q.alreadyInBank?.length === 0)).toBe(true);
		const back = await createImportPreview(db, owner, elsewhere, 'every-type.xml', parsed);
		expect(back.data.questions[0].alreadyInBank).toEqual([]);
		expect(back.data.questions[1].alreadyInBank).toHaveLength(1);
	});

	it('imports each of two previews of one file once, however often each is confirmed', async () => {
		const { db, owner, bankId, parsed } = await setting();
		const tabA = (await createImportPreview(db, owner, bankId, 'every-type.xml', parsed)).token;
		const tabB = (await createImportPreview(db, owner, bankId, 'every-type.xml', parsed)).token;
		const a = await confirmImport(db, owner, tabA);
		const b = await confirmImport(db, owner, tabB);
		expect(new Set([...a.itemIds, ...b.itemIds]).size).toBe(14);
		expect(await confirmImport(db, owner, tabA)).toEqual({ ...a, repeated: true });
		expect(await confirmImport(db, owner, tabB)).toEqual({ ...b, repeated: true });
		expect(await draftsIn(db, bankId)).toHaveLength(14);
	});

	it('drafts questions that repeat a name or a text within one file, marking the repeat', async () => {
		const { db, owner, bankId } = await setting();
		const parsed = gift(
			'::Margin:: Which margin? {=5 mm ~2 mm}\n\n::Margin:: Which margin? {=5 mm ~2 mm}\n\n::Margin:: Which scan? {=CT ~MRI}\n'
		);
		const { data, token } = await createImportPreview(db, owner, bankId, 'repeats.gift', parsed);
		expect(data.questions.map((q) => [q.name, q.where, q.repeatOf])).toEqual([
			['Margin', 'line 1', undefined],
			['Margin', 'line 3', 'line 1'],
			['Margin', 'line 5', undefined]
		]);
		expect((await confirmImport(db, owner, token)).itemIds).toHaveLength(3);
		expect((await draftsIn(db, bankId)).map((d) => d.note.match(/line \d/)?.[0])).toEqual([
			'line 1',
			'line 3',
			'line 5'
		]);
	});

	it('shortens very long names in the preview and the draft note', async () => {
		const { db, owner, bankId } = await setting();
		const long = 'Ablation'.repeat(1000);
		const { data, token } = await createImportPreview(
			db,
			owner,
			bankId,
			'long.gift',
			gift(`::${long}:: Which margin? {=5 mm ~2 mm}\n\n::${long}:: An essay {}\n`)
		);
		for (const name of [data.questions[0].name, data.skipped[0].name]) {
			expect(name).toHaveLength(200);
			expect(name.endsWith('…')).toBe(true);
		}
		await confirmImport(db, owner, token);
		expect((await draftsIn(db, bankId))[0].note.length).toBeLessThan(400);
	});
});
