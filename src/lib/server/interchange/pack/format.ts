import type { InterchangeBank, InterchangeDocument } from '$lib/server/interchange/model';

/**
 * Our own content pack: everything a bank is, so it moves between installations intact. Each
 * item carries its whole specification as the bank files write it, its version number, and the
 * passages it cites with their hashes; the documents carry their slug and version, so a receiving
 * installation can tell whether it holds the same source text before it takes the items.
 */
export const PACK_FORMAT = 'liver-quiz-content-pack';
export const PACK_FORMAT_VERSION = 1;

export interface ContentPack {
	format: typeof PACK_FORMAT;
	formatVersion: typeof PACK_FORMAT_VERSION;
	exportedAt: string;
	documents: InterchangeDocument[];
	banks: InterchangeBank[];
}
