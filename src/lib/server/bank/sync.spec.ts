import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '$lib/content/document';
import type { BankSpec, ItemSpec } from '$lib/content/types';
import { testDb } from '../testing/db';
import { items, itemVersions } from '../db/schema';
import { ContentError, syncBanks } from './sync';
import { listBanks } from './queries';

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
	it('adds every item once and is idempotent', () => {
		const db = testDb();
		const specs = bank([
			tf('b-1', 'Microwave uses heat.'),
			tf('b-2', 'IRE uses impulses.', 's-2', 'electrical impulses')
		]);
		expect(syncBanks(db, doc, specs)).toEqual({
			added: 2,
			revised: 0,
			retired: 0,
			unchanged: 0,
			held: 0
		});
		expect(syncBanks(db, doc, specs)).toEqual({
			added: 0,
			revised: 0,
			retired: 0,
			unchanged: 2,
			held: 0
		});
		expect(db.select().from(itemVersions).all()).toHaveLength(2);
		expect(listBanks(db)).toEqual([{ id: 'b', title: 'Bank', description: 'D', itemCount: 2 }]);
	});

	it('makes a changed item a new version and keeps the old one', () => {
		const db = testDb();
		syncBanks(db, doc, bank([tf('b-1', 'Microwave uses heat.')]));
		const first = db.select().from(items).where(eq(items.id, 'b-1')).get()!;
		expect(syncBanks(db, doc, bank([tf('b-1', 'Microwave ablation uses heat.')]))).toMatchObject({
			revised: 1
		});
		const second = db.select().from(items).where(eq(items.id, 'b-1')).get()!;
		expect(second.currentVersionId).not.toBe(first.currentVersionId);
		const versions = db.select().from(itemVersions).where(eq(itemVersions.itemId, 'b-1')).all();
		expect(versions.map((v) => [v.version, v.spec.stem])).toEqual([
			[1, 'Microwave uses heat.'],
			[2, 'Microwave ablation uses heat.']
		]);
	});

	it('retires a removed item without deleting it, and republishes it if it returns', () => {
		const db = testDb();
		syncBanks(db, doc, bank([tf('b-1', 'A.'), tf('b-2', 'B.')]));
		expect(syncBanks(db, doc, bank([tf('b-1', 'A.')]))).toMatchObject({ retired: 1 });
		expect(db.select().from(items).where(eq(items.id, 'b-2')).get()?.status).toBe('retired');
		expect(db.select().from(itemVersions).where(eq(itemVersions.itemId, 'b-2')).all()).toHaveLength(
			1
		);
		expect(listBanks(db)[0].itemCount).toBe(1);
		syncBanks(db, doc, bank([tf('b-1', 'A.'), tf('b-2', 'B.')]));
		expect(db.select().from(items).where(eq(items.id, 'b-2')).get()?.status).toBe('published');
	});

	it('refuses to sync when the document changed under a quote, naming the item', () => {
		const db = testDb();
		const edited = parseDocument(
			'doc',
			markdown.replace('delivers heat via a probe', 'heats tissue through a needle')
		);
		expect(() => syncBanks(db, edited, bank([tf('b-1', 'A.')]))).toThrowError(ContentError);
		expect(() => syncBanks(db, edited, bank([tf('b-1', 'A.')]))).toThrowError(
			/b\/b-1: the quote is not found/
		);
	});
});
