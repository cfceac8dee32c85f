import type { InterchangeSet } from '$lib/server/interchange/model';
import { PACK_FORMAT, PACK_FORMAT_VERSION, type ContentPack } from './format';

export function writeContentPack(set: InterchangeSet, exportedAt: Date): string {
	const pack: ContentPack = {
		format: PACK_FORMAT,
		formatVersion: PACK_FORMAT_VERSION,
		exportedAt: exportedAt.toISOString(),
		documents: set.documents,
		banks: set.banks
	};
	return JSON.stringify(pack, null, '\t') + '\n';
}
