import { describe, expect, it } from 'vitest';
import { AWKWARD_SET } from '$lib/server/testing/interchange';
import { PACK_FORMAT, PACK_FORMAT_VERSION, type ContentPack } from './format';
import { writeContentPack } from './write';

describe('content pack', () => {
	const at = new Date('2026-11-30T08:00:00Z');
	const pack = JSON.parse(writeContentPack(AWKWARD_SET, at)) as ContentPack;

	it('names its format, version and the moment it was written', () => {
		expect(pack.format).toBe(PACK_FORMAT);
		expect(pack.formatVersion).toBe(PACK_FORMAT_VERSION);
		expect(pack.exportedAt).toBe('2026-11-30T08:00:00.000Z');
	});

	it('carries every bank, item field, version, citation and source document unchanged', () => {
		expect(pack.documents).toEqual(AWKWARD_SET.documents);
		expect(pack.banks).toEqual(AWKWARD_SET.banks);
		const matching = pack.banks[0].items.find((i) => i.id === 'odd-matching')!;
		expect(matching.version).toBe(3);
		expect(matching.spec.stems?.map((s) => s.answer)).toEqual([2, 0, 1]);
		expect(matching.citations[1]).toEqual({
			passageId: 'checks-2',
			documentSlug: 'ward',
			passageHash: 'hash-checks-2'
		});
	});
});
