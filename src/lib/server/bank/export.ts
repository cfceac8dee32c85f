import type { DB } from '$lib/server/db';
import { publishedItemVersions } from './queries';

export interface ExportedItem {
	id: string;
	version: number;
	bank: string;
	type: string;
	stem: string;
	leadIn: string;
	options: { text: string; correct: boolean | null; explanation: string }[];
	stems?: { id: string; text: string; answer: number; explanation: string }[];
	shortAnswer?: { accepted: string[]; unit?: string; explanation: string };
	teachingPoint: string;
	difficulty: string;
	audiences: string[];
	objective: string;
	source: { passageIds: string[]; quote: string };
}

/** Every published item at its current version, as plain objects for another system to read. */
export async function exportPublishedItems(db: DB): Promise<ExportedItem[]> {
	return (await publishedItemVersions(db)).map(({ id, bankId: bank, version, spec }) => ({
		id,
		version,
		bank,
		type: spec.type,
		stem: spec.stem,
		leadIn: spec.leadIn,
		options: spec.options.map((o) => ({
			text: o.text,
			correct: spec.type === 'extended-matching' ? null : o.correct === true,
			explanation: o.explanation
		})),
		...(spec.stems ? { stems: spec.stems } : {}),
		...(spec.shortAnswer ? { shortAnswer: spec.shortAnswer } : {}),
		teachingPoint: spec.teachingPoint,
		difficulty: spec.difficulty,
		audiences: spec.audiences,
		objective: spec.objective,
		source: { passageIds: spec.source.passageIds, quote: spec.source.quote }
	}));
}
