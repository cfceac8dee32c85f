import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { DB } from '$lib/server/db';
import type { Role } from '$lib/server/db/schema';
import { banks, itemDrafts, items, users } from '$lib/server/db/tables';
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

const fixture = (name: string) =>
	readImportFile(name, readFileSync(`tests/fixtures/import/${name}`));

async function setting() {
	const db = await contentDatabase(['ablation']);
	const owner = await person(db, 'owner', 'educator');
	const other = await person(db, 'other', 'educator');
	const chosen = await createBank(db, owner, { title: 'Imported', description: 'From Moodle.' });
	return { db, owner, other, chosen, parsed: fixture('moodle-categories.xml') };
}

const bankTitles = async (db: DB) =>
	(await db.select({ title: banks.title }).from(banks)).map((b) => b.title);

const draftsIn = async (db: DB, bankId: string) =>
	(
		await db
			.select({ stem: itemDrafts.spec, note: itemDrafts.note })
			.from(items)
			.innerJoin(itemDrafts, eq(itemDrafts.itemId, items.id))
			.where(eq(items.bankId, bankId))
	).map((d) => ({ stem: d.stem.stem, note: d.note }));

const allDrafts = async (db: DB) => await db.select().from(itemDrafts);

const bankTitled = async (db: DB, title: string) =>
	(await db.select().from(banks).where(eq(banks.title, title)).limit(1))[0];

describe('importing each category into a bank of its own', () => {
	it('previews a bank per category and how many questions go to each, making none yet', async () => {
		const { db, owner, chosen, parsed } = await setting();
		const before = await bankTitles(db);
		const { data } = await createImportPreview(db, owner, chosen, 'cats.xml', parsed, {
			bankPerCategory: true
		});
		expect(data.targets).toEqual([
			{ title: 'Imported', bankId: chosen, categories: [] },
			{ title: 'Liver › Ablation', bankId: null, categories: ['Liver › Ablation'] },
			{ title: 'Liver › Imaging', bankId: null, categories: ['Liver › Imaging'] }
		]);
		expect(data.questions.map((q) => [q.name, q.target])).toEqual([
			['Follow-up after surgery', 0],
			['Ablation margin', 1],
			['Ablation size', 1],
			['Baseline scan', 2]
		]);
		expect(await bankTitles(db)).toEqual(before);
		expect(await allDrafts(db)).toEqual([]);
	});

	it('makes the banks on confirming, owned by the importer, with the drafts in each', async () => {
		const { db, owner, chosen, parsed } = await setting();
		const { token } = await createImportPreview(db, owner, chosen, 'cats.xml', parsed, {
			bankPerCategory: true
		});
		const result = await confirmImport(db, owner, token);
		const ablation = (await bankTitled(db, 'Liver › Ablation'))!;
		const imaging = (await bankTitled(db, 'Liver › Imaging'))!;
		expect([ablation.ownerId, imaging.ownerId]).toEqual(['owner', 'owner']);
		expect(ablation.description).toBe(
			'Questions imported from cats.xml (Moodle XML), category Liver › Ablation.'
		);
		expect(result.banks).toEqual([
			{ id: chosen, title: 'Imported', created: false, questions: 1 },
			{ id: ablation.id, title: 'Liver › Ablation', created: true, questions: 2 },
			{ id: imaging.id, title: 'Liver › Imaging', created: true, questions: 1 }
		]);
		expect((await draftsIn(db, chosen)).map((d) => d.stem)).toEqual([
			'Follow-up after liver resection includes regular scans.'
		]);
		expect((await draftsIn(db, ablation.id)).map((d) => d.stem)).toEqual([
			'Which margin does thermal ablation aim for around a metastasis?',
			'Ablation suits metastases up to about 3 cm best.'
		]);
		expect((await draftsIn(db, imaging.id))[0].note).toBe(
			'Imported from cats.xml (Moodle XML), line 43: "Baseline scan", category Liver › Imaging. No source cited yet.'
		);
	});

	it('reads GIFT’s categories into banks the same way', async () => {
		const { db, owner, chosen } = await setting();
		const { token, data } = await createImportPreview(
			db,
			owner,
			chosen,
			'cats.gift',
			fixture('gift-categories.gift'),
			{ bankPerCategory: true }
		);
		expect(data.targets?.map((t) => t.title)).toEqual([
			'Imported',
			'Liver › Ablation',
			'Liver › Imaging'
		]);
		const result = await confirmImport(db, owner, token);
		expect(result.banks.map((b) => [b.title, b.created, b.questions])).toEqual([
			['Imported', false, 1],
			['Liver › Ablation', true, 2],
			['Liver › Imaging', true, 1]
		]);
	});

	it('keeps a file without categories in the bank chosen', async () => {
		const { db, owner, chosen } = await setting();
		const { data } = await createImportPreview(
			db,
			owner,
			chosen,
			'sba.csv',
			fixture('single-best-answer.csv'),
			{ bankPerCategory: true }
		);
		expect(data.targets).toHaveLength(1);
		expect(data.questions.every((q) => q.target === 0)).toBe(true);
	});

	it('puts a category into a bank the educator may write with the same title, case and spaces aside', async () => {
		const { db, owner, other, chosen, parsed } = await setting();
		const mine = await createBank(db, owner, { title: ' liver  › ablation', description: 'Mine.' });
		// Another educator's bank of the same title is not the importer's to fill.
		await createBank(db, other, { title: 'Liver › Imaging', description: 'Theirs.' });
		const { data, token } = await createImportPreview(db, owner, chosen, 'cats.xml', parsed, {
			bankPerCategory: true
		});
		expect(data.targets?.slice(1)).toEqual([
			{ title: ' liver  › ablation', bankId: mine, categories: ['Liver › Ablation'] },
			{ title: 'Liver › Imaging', bankId: null, categories: ['Liver › Imaging'] }
		]);
		const result = await confirmImport(db, owner, token);
		expect(result.banks.map((b) => [b.title, b.created])).toEqual([
			['Imported', false],
			[' liver  › ablation', false],
			['Liver › Imaging', true]
		]);
		expect(await draftsIn(db, mine)).toHaveLength(2);
		expect(await db.select().from(banks).where(eq(banks.title, 'Liver › Imaging'))).toHaveLength(2);
	});

	it('puts a category titled as the bank chosen into that bank', async () => {
		const { db, owner, parsed } = await setting();
		const chosen = await createBank(db, owner, { title: 'Liver › Imaging', description: 'Scans.' });
		const { data } = await createImportPreview(db, owner, chosen, 'cats.xml', parsed, {
			bankPerCategory: true
		});
		expect(data.targets?.map((t) => [t.title, t.bankId])).toEqual([
			['Liver › Imaging', chosen],
			['Liver › Ablation', null]
		]);
		expect(data.targets?.[0].categories).toEqual(['Liver › Imaging']);
		expect(data.questions.map((q) => q.target)).toEqual([0, 1, 1, 0]);
	});

	it('checks for questions already there and repeats within the bank each question goes to', async () => {
		const { db, owner, chosen } = await setting();
		const text =
			'::One:: Which margin? {=5 mm ~2 mm}\n\n$CATEGORY: $course$/top/Liver\n\n::Two:: Which margin? {=5 mm ~2 mm}\n\n::Three:: Which margin? {=5 mm ~2 mm}\n';
		const gift = readImportFile('repeats.gift', new TextEncoder().encode(text));
		const first = await createImportPreview(db, owner, chosen, 'repeats.gift', gift, {
			bankPerCategory: true
		});
		expect(first.data.questions.map((q) => q.repeatOf)).toEqual([undefined, undefined, 'line 5']);
		const { banks: made } = await confirmImport(db, owner, first.token);
		const liver = made.find((b) => b.title === 'Liver')!;

		const again = await createImportPreview(db, owner, chosen, 'repeats.gift', gift, {
			bankPerCategory: true
		});
		expect(again.data.targets?.[1]).toMatchObject({ title: 'Liver', bankId: liver.id });
		expect(again.data.questions.map((q) => q.alreadyInBank?.length)).toEqual([1, 2, 2]);
	});
});

describe('a bank per category stays all or nothing', () => {
	it('makes no bank and no draft when a draft fails part-way', async () => {
		const { db, owner, chosen, parsed } = await setting();
		const before = await bankTitles(db);
		const last = parsed.questions.at(-1)!;
		const broken = {
			...parsed,
			questions: [...parsed.questions, { ...last, spec: { ...last.spec, type: undefined } }]
		} as unknown as typeof parsed;
		const { token } = await createImportPreview(db, owner, chosen, 'cats.xml', broken, {
			bankPerCategory: true
		});
		await expect(confirmImport(db, owner, token)).rejects.toThrow();
		expect(await bankTitles(db)).toEqual(before);
		expect(await allDrafts(db)).toEqual([]);
		expect((await importPreview(db, owner, token))?.confirmedAt).toBeNull();
	});

	it('makes no bank when the import is refused', async () => {
		const { db, owner, chosen, parsed } = await setting();
		const before = await bankTitles(db);
		const { token } = await createImportPreview(db, owner, chosen, 'cats.xml', parsed, {
			bankPerCategory: true
		});
		await db.update(banks).set({ retired: true }).where(eq(banks.id, chosen));
		await expect(confirmImport(db, owner, token)).rejects.toThrow(ImportConfirmError);
		expect(await bankTitles(db)).toEqual(before);
		expect(await allDrafts(db)).toEqual([]);
	});

	it('refuses when an existing bank a category was going into is no longer the importer’s', async () => {
		const { db, owner, other, chosen, parsed } = await setting();
		const mine = await createBank(db, owner, { title: 'Liver › Ablation', description: 'Mine.' });
		const { token } = await createImportPreview(db, owner, chosen, 'cats.xml', parsed, {
			bankPerCategory: true
		});
		await db.update(banks).set({ ownerId: other.id }).where(eq(banks.id, mine));
		await expect(confirmImport(db, owner, token)).rejects.toThrow(
			'You may no longer write questions in Liver › Ablation.'
		);
		expect(await bankTitled(db, 'Liver › Imaging')).toBeUndefined();
		expect(await allDrafts(db)).toEqual([]);
	});

	it('makes each bank once however often the confirm is replayed', async () => {
		const { db, owner, chosen, parsed } = await setting();
		const { token } = await createImportPreview(db, owner, chosen, 'cats.xml', parsed, {
			bankPerCategory: true
		});
		const first = await confirmImport(db, owner, token);
		const again = await confirmImport(db, owner, token);
		expect(again).toEqual({ ...first, repeated: true });
		expect(await db.select().from(banks).where(eq(banks.ownerId, owner.id))).toHaveLength(3);
		expect(await allDrafts(db)).toHaveLength(4);
	});

	it('makes each bank once when two previews of one file are both confirmed', async () => {
		const { db, owner, chosen, parsed } = await setting();
		const options = { bankPerCategory: true };
		const tabA = (await createImportPreview(db, owner, chosen, 'cats.xml', parsed, options)).token;
		const tabB = (await createImportPreview(db, owner, chosen, 'cats.xml', parsed, options)).token;
		const a = await confirmImport(db, owner, tabA);
		const b = await confirmImport(db, owner, tabB);
		expect(b.banks.map((x) => x.id)).toEqual(a.banks.map((x) => x.id));
		expect(b.banks.every((x) => !x.created)).toBe(true);
		expect(await db.select().from(banks).where(eq(banks.ownerId, owner.id))).toHaveLength(3);
		expect(await allDrafts(db)).toHaveLength(8);
		expect(await confirmImport(db, owner, tabB)).toEqual({ ...b, repeated: true });
	});
});
