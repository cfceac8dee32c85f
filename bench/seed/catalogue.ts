import type { ItemType } from '../../src/lib/content/types';
import type { DB } from '../../src/lib/server/db';
import type { Random } from './random';

/** A published item as the generator needs it: its key plus made-up psychometric parameters. */
export interface CatalogueItem {
	id: string;
	bankId: string;
	versionId: number;
	type: ItemType;
	forDoctors: boolean;
	forNurses: boolean;
	optionCount: number;
	/** Option indexes that are correct (choice items). */
	key: number[];
	/** Extended matching: each stem's id and correct option. */
	stems: { id: string; answer: number }[];
	/** Short answer: the first accepted answer, typed by a learner who is right. */
	accepted: string | null;
	maxMarks: number;
	/** On the ability scale: where a learner has an even chance (above guessing). */
	difficulty: number;
	/** How sharply the chance rises with ability; a few items barely discriminate. */
	discrimination: number;
	/** Relative pull of each option when the learner gets it wrong. */
	distractorPull: number[];
}

export interface Catalogue {
	items: CatalogueItem[];
	byBank: Map<string, CatalogueItem[]>;
	bankIds: string[];
}

interface Row {
	id: string;
	bankId: string;
	versionId: number;
	type: ItemType;
	difficulty: 'easy' | 'medium' | 'hard';
	forDoctors: number;
	forNurses: number;
	spec: string;
}

interface StoredSpec {
	options: { correct?: boolean }[];
	stems?: { id: string; answer: number }[];
	shortAnswer?: { accepted: string[] };
}

const LABEL_DIFFICULTY = { easy: -0.8, medium: 0.2, hard: 1.1 } as const;

/** Reads the synced banks and gives each item parameters for the answer model. */
export function loadCatalogue(db: DB, random: Random): Catalogue {
	const rows = db.$client
		.prepare(
			`select i.id, i.bank_id as bankId, i.current_version_id as versionId, i.type, i.difficulty,
				i.for_doctors as forDoctors, i.for_nurses as forNurses, v.spec
			from items i join item_versions v on v.id = i.current_version_id
			join banks b on b.id = i.bank_id
			where i.status = 'published'
			order by b.position, i.position`
		)
		.all() as Row[];
	const items = rows.map((row): CatalogueItem => {
		const spec = JSON.parse(row.spec) as StoredSpec;
		const stems = (spec.stems ?? []).map((s) => ({ id: s.id, answer: s.answer }));
		// About one item in ten discriminates poorly, so item analysis has something to flag.
		const weak = random.chance(0.1);
		return {
			id: row.id,
			bankId: row.bankId,
			versionId: row.versionId,
			type: row.type,
			forDoctors: row.forDoctors === 1,
			forNurses: row.forNurses === 1,
			optionCount: spec.options.length,
			key: spec.options.flatMap((o, i) => (o.correct ? [i] : [])),
			stems,
			accepted: spec.shortAnswer?.accepted[0] ?? null,
			maxMarks: row.type === 'extended-matching' ? stems.length : 1,
			difficulty: LABEL_DIFFICULTY[row.difficulty] + random.normal(0, 0.5),
			discrimination: weak ? random.next() * 0.15 : random.logNormal(1.1, 0.3),
			// Some distractors attract almost nobody (non-functioning), as in real banks.
			distractorPull: spec.options.map(() => (random.chance(0.2) ? 0.02 : random.next() + 0.2))
		};
	});
	const byBank = new Map<string, CatalogueItem[]>();
	for (const item of items) byBank.set(item.bankId, [...(byBank.get(item.bankId) ?? []), item]);
	return { items, byBank, bankIds: [...byBank.keys()] };
}
