import { XMLValidator } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { banks, loadSourceDocument } from '$lib/content';
import type { DB } from '$lib/server/db';
import { loadBanks } from '$lib/server/bank/sync';
import type { InterchangeSet } from './model';
import { contentDatabase } from '$lib/server/testing/content';
import { writeGift } from './gift/write';
import { loadInterchangeSet } from './load';
import { writeMoodleXml } from './moodle/write';
import { writeQtiPackage } from './qti/write';

describe('loading banks for export', () => {
	let db: DB;
	let all: InterchangeSet;
	beforeAll(async () => {
		db = await contentDatabase();
		all = (await loadInterchangeSet(db))!;
	});

	it('gives every served bank with its published items and the document they cite', async () => {
		expect(all.banks.map((b) => b.id)).toEqual(banks.map((b) => b.id));
		expect(all.banks.map((b) => b.items.length)).toEqual(banks.map((b) => b.items.length));
		const document = loadSourceDocument();
		expect(all.documents).toEqual([
			{ slug: document.slug, title: document.title, version: document.version }
		]);
		const item = all.banks[0].items[0];
		expect(item.version).toBe(1);
		expect(item.spec).toEqual(banks[0].items[0]);
		expect(item.citations.map((c) => c.passageId)).toEqual(item.spec.source.passageIds);
		expect(item.citations[0].passageHash).toBe(
			document.passages.get(item.spec.source.passageIds[0])!.hash
		);
	});

	it('gives one bank when asked, and nothing for a bank that is not served', async () => {
		const one = (await loadInterchangeSet(db, 'surgery'))!;
		expect(one.banks.map((b) => b.id)).toEqual(['surgery']);
		expect(await loadInterchangeSet(db, 'no-such-bank')).toBeNull();
	});

	it('leaves out retired items and counts revisions in the version', async () => {
		const local = await contentDatabase(['ablation']);
		const [ablation] = banks.filter((b) => b.id === 'ablation');
		const [first, second, ...rest] = ablation.items;
		const revised = { ...second, teachingPoint: `${second.teachingPoint} Revised.` };
		await loadBanks(local, loadSourceDocument(), [{ ...ablation, items: [revised, ...rest] }]);
		const items = (await loadInterchangeSet(local, 'ablation'))!.banks[0].items;
		expect(items.some((i) => i.id === first.id)).toBe(false);
		expect(items.find((i) => i.id === second.id)!.version).toBe(2);
	});

	it('writes every real item in each format as well-formed output', () => {
		expect(XMLValidator.validate(writeMoodleXml(all))).toBe(true);
		const files = unzipSync(writeQtiPackage(all));
		const count = all.banks.reduce((n, b) => n + b.items.length, 0);
		expect(Object.keys(files)).toHaveLength(count + 1);
		for (const file of Object.values(files))
			expect(XMLValidator.validate(strFromU8(file))).toBe(true);
		const names = writeGift(all).match(/^::[^:]+::/gm) ?? [];
		expect(names).toHaveLength(count);
	});
});
