import { describe, expect, it } from 'vitest';
import { banks, loadSourceDocument } from '$lib/content';
import { testDatabase } from '$lib/server/testing/db';
import { exportPublishedItems } from './export';
import { loadBanks } from './sync';

describe('exporting the banks', () => {
	it('writes every published item with its key, explanations and source', async () => {
		const db = await testDatabase();
		await loadBanks(db, loadSourceDocument(), banks);
		const exported = await exportPublishedItems(db);
		expect(exported).toHaveLength(banks.reduce((n, b) => n + b.items.length, 0));
		const first = exported.find((i) => i.type === 'single-best-answer')!;
		expect(Object.keys(first)).toEqual(
			expect.arrayContaining([
				'id',
				'version',
				'bank',
				'type',
				'stem',
				'leadIn',
				'options',
				'teachingPoint',
				'difficulty',
				'audiences',
				'objective',
				'source'
			])
		);
		expect(first.options.filter((o) => o.correct)).toHaveLength(1);
		expect(first.source.quote.length).toBeGreaterThan(0);
		const matching = exported.find((i) => i.type === 'extended-matching')!;
		expect(matching.stems?.length).toBeGreaterThanOrEqual(2);
	});

	it('leaves retired items out', async () => {
		const db = await testDatabase();
		const doc = loadSourceDocument();
		await loadBanks(db, doc, banks);
		const trimmed = banks.map((b) => ({ ...b, items: b.items.slice(1) }));
		await loadBanks(db, doc, trimmed);
		const ids = new Set((await exportPublishedItems(db)).map((i) => i.id));
		for (const bank of banks) expect(ids.has(bank.items[0].id)).toBe(false);
	});
});
