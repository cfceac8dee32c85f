import { describe, expect, it } from 'vitest';
import { banks, loadSourceDocument } from '$lib/content';
import { testDb } from '../testing/db';
import { exportPublishedItems } from './export';
import { syncBanks } from './sync';

describe('exporting the banks', () => {
	it('writes every published item with its key, explanations and source', () => {
		const db = testDb();
		syncBanks(db, loadSourceDocument(), banks);
		const exported = exportPublishedItems(db);
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

	it('leaves retired items out', () => {
		const db = testDb();
		const doc = loadSourceDocument();
		syncBanks(db, doc, banks);
		const trimmed = banks.map((b) => ({ ...b, items: b.items.slice(1) }));
		syncBanks(db, doc, trimmed);
		const ids = new Set(exportPublishedItems(db).map((i) => i.id));
		for (const bank of banks) expect(ids.has(bank.items[0].id)).toBe(false);
	});
});
