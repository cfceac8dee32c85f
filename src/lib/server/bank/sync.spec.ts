import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '$lib/content/document';
import type { BankSpec, ItemSpec } from '$lib/content/types';
import type { DB } from '$lib/server/db';
import { perform } from '$lib/server/db/steps';
import { items, itemVersions } from '$lib/server/db/tables';
import { testDatabase } from '$lib/server/testing/db';
import { ContentError, loadBanks } from './sync';
import { listBanksStep } from './queries';

const listBanks = (db: DB) => perform(db, listBanksStep(db));

const markdown = `# Doc

## Section {#s}

Microwave ablation delivers heat via a probe.

IRE uses electrical impulses.
`;
const doc = parseDocument('doc', markdown);

function tf(
	id: string,
	stem: string,
	passage = 's-1',
	quote = 'delivers heat via a probe'
): ItemSpec {
	return {
		id,
		type: 'true-false',
		stem,
		leadIn: 'True or false?',
		options: [
			{ text: 'True', correct: true, explanation: 'As the passage says.' },
			{ text: 'False', correct: false, explanation: 'The passage says so.' }
		],
		teachingPoint: 'Point.',
		difficulty: 'easy',
		audiences: ['nurse'],
		objective: 'Know it.',
		source: { passageIds: [passage], quote }
	};
}

const bank = (itemsList: ItemSpec[]): BankSpec[] => [
	{ id: 'b', title: 'Bank', description: 'D', items: itemsList }
];

describe('syncing banks into the database', () => {
	it('adds every item once and is idempotent', async () => {
		const db = await testDatabase();
		const specs = bank([
			tf('b-1', 'Microwave uses heat.'),
			tf('b-2', 'IRE uses impulses.', 's-2', 'electrical impulses')
		]);
		expect(await loadBanks(db, doc, specs)).toEqual({
			added: 2,
			revised: 0,
			retired: 0,
			unchanged: 0,
			held: 0
		});
		expect(await loadBanks(db, doc, specs)).toEqual({
			added: 0,
			revised: 0,
			retired: 0,
			unchanged: 2,
			held: 0
		});
		expect(await db.select().from(itemVersions)).toHaveLength(2);
		expect(await listBanks(db)).toEqual([
			{ id: 'b', title: 'Bank', description: 'D', itemCount: 2 }
		]);
	});

	it('makes a changed item a new version and keeps the old one', async () => {
		const db = await testDatabase();
		await loadBanks(db, doc, bank([tf('b-1', 'Microwave uses heat.')]));
		const first = (await db.select().from(items).where(eq(items.id, 'b-1')).limit(1))[0]!;
		expect(
			await loadBanks(db, doc, bank([tf('b-1', 'Microwave ablation uses heat.')]))
		).toMatchObject({
			revised: 1
		});
		const second = (await db.select().from(items).where(eq(items.id, 'b-1')).limit(1))[0]!;
		expect(second.currentVersionId).not.toBe(first.currentVersionId);
		const versions = await db.select().from(itemVersions).where(eq(itemVersions.itemId, 'b-1'));
		expect(versions.map((v) => [v.version, v.spec.stem])).toEqual([
			[1, 'Microwave uses heat.'],
			[2, 'Microwave ablation uses heat.']
		]);
	});

	it('retires a removed item without deleting it, and republishes it if it returns', async () => {
		const db = await testDatabase();
		await loadBanks(db, doc, bank([tf('b-1', 'A.'), tf('b-2', 'B.')]));
		expect(await loadBanks(db, doc, bank([tf('b-1', 'A.')]))).toMatchObject({ retired: 1 });
		expect((await db.select().from(items).where(eq(items.id, 'b-2')).limit(1))[0]?.status).toBe(
			'retired'
		);
		expect(await db.select().from(itemVersions).where(eq(itemVersions.itemId, 'b-2'))).toHaveLength(
			1
		);
		expect((await listBanks(db))[0].itemCount).toBe(1);
		await loadBanks(db, doc, bank([tf('b-1', 'A.'), tf('b-2', 'B.')]));
		expect((await db.select().from(items).where(eq(items.id, 'b-2')).limit(1))[0]?.status).toBe(
			'published'
		);
	});

	it('refuses to sync when the document changed under a quote, naming the item', async () => {
		const db = await testDatabase();
		const edited = parseDocument(
			'doc',
			markdown.replace('delivers heat via a probe', 'heats tissue through a needle')
		);
		await expect(loadBanks(db, edited, bank([tf('b-1', 'A.')]))).rejects.toThrowError(ContentError);
		await expect(loadBanks(db, edited, bank([tf('b-1', 'A.')]))).rejects.toThrowError(
			/b\/b-1: the quote is not found/
		);
	});
});
