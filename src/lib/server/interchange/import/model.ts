import type { ItemSpec } from '$lib/content/types';

/**
 * What an importer reads a file into: the questions it can carry over as items of ours, and those
 * it cannot, each with where it is in the file and why.
 */

export type ImportFormat = 'moodle' | 'gift' | 'qti' | 'csv';

export const IMPORT_FORMAT_LABELS: Record<ImportFormat, string> = {
	moodle: 'Moodle XML',
	gift: 'GIFT',
	qti: 'QTI 3.0 package',
	csv: 'CSV (single best answer)'
};

export interface ImportedQuestion {
	/** "line 12" or "item 3 (items/q3.xml)": where the educator finds it in the file. */
	where: string;
	/** The question's name in the file (Moodle's name, GIFT's title, the QTI identifier). */
	name: string;
	/** Moodle's ID number or the QTI identifier, when the file gives one. */
	idNumber: string;
	/** The category path it was filed under ("Liver/Ablation"), empty at the top. */
	category: string;
	/** The item as it will be drafted: no id yet, and no source until a passage is cited. */
	spec: ItemSpec;
	/** What the format held that our items cannot, and so was dropped or changed. */
	notes: string[];
}

export interface SkippedQuestion {
	where: string;
	name: string;
	reason: string;
}

export interface ParsedImport {
	format: ImportFormat;
	questions: ImportedQuestion[];
	skipped: SkippedQuestion[];
}

export interface PreviewQuestion extends ImportedQuestion {
	/** Every rule the editor's save check finds broken; the draft is written regardless. */
	problems: string[];
	/** Items of the bank (published or in draft) with the same stem and lead-in. */
	alreadyInBank?: string[];
	/** Where the same stem and lead-in came earlier in this file for the same bank, when they did. */
	repeatOf?: string;
	/** The index of the bank it goes into among the preview's targets (0, the bank chosen, when absent). */
	target?: number;
}

/** A bank an import drafts questions into. */
export interface ImportTarget {
	/** The bank's title; for a bank still to be made, its category's path as a title. */
	title: string;
	/** The bank that exists already; null for one the import makes when it is confirmed. */
	bankId: string | null;
	/** The category paths whose questions go here, as the file names them. */
	categories: string[];
	/** Set once confirmed: whether the import made this bank. */
	created?: boolean;
}

export interface ImportPreviewData {
	format: ImportFormat;
	questions: PreviewQuestion[];
	skipped: SkippedQuestion[];
	/** Whether each category goes into a bank of its own rather than all into the bank chosen. */
	bankPerCategory?: boolean;
	/** The banks the questions go into, the bank chosen first (absent: that bank alone). */
	targets?: ImportTarget[];
}

/** A file that cannot be read at all, with where the problem is. */
export class ImportFileError extends Error {}

/** An item with every field empty, for a reader to fill in. */
export function blankSpec(type: ItemSpec['type']): ItemSpec {
	return {
		id: '',
		type,
		stem: '',
		leadIn: '',
		options: [],
		teachingPoint: '',
		difficulty: 'medium',
		audiences: ['doctor', 'nurse'],
		objective: '',
		source: { passageIds: [], quote: '' }
	};
}

/** Splits question text as our exports write it: the last paragraph is the lead-in. */
export function stemAndLeadIn(text: string): { stem: string; leadIn: string } {
	const paragraphs = text
		.split(/\n\s*\n/)
		.map((p) => p.trim())
		.filter(Boolean);
	if (paragraphs.length < 2) return { stem: paragraphs[0] ?? '', leadIn: '' };
	return { stem: paragraphs.slice(0, -1).join('\n\n'), leadIn: paragraphs.at(-1)! };
}

/**
 * General feedback as our exports write it ("Teaching point: …", "Source: …", and for matching
 * one paragraph per scenario), or any other general feedback, which becomes the teaching point.
 */
export function readGeneralFeedback(text: string): {
	teachingPoint: string;
	paragraphs: string[];
} {
	const paragraphs = text
		.split(/\n\s*\n/)
		.map((p) => p.trim())
		.filter(Boolean);
	const marked = paragraphs.find((p) => p.startsWith('Teaching point: '));
	if (marked)
		return {
			teachingPoint: marked.slice('Teaching point: '.length).trim(),
			paragraphs: paragraphs.filter((p) => p !== marked && !p.startsWith('Source: '))
		};
	return { teachingPoint: paragraphs.join('\n\n'), paragraphs: [] };
}

/**
 * Scenario and option explanations of a matching item, from the general feedback paragraphs our
 * exports write ("Scenario\nAnswer: Option. Why" and "Option: what it is" lines).
 */
export function matchingExplanations(
	paragraphs: string[],
	spec: ItemSpec
): { stems: string[]; options: string[] } {
	const stems = (spec.stems ?? []).map((s) => {
		const prefix = `${s.text}\nAnswer: ${spec.options[s.answer]?.text ?? ''}. `;
		return paragraphs.find((p) => p.startsWith(prefix))?.slice(prefix.length) ?? '';
	});
	const lines = paragraphs.flatMap((p) => p.split('\n'));
	const options = spec.options.map((o) => {
		const prefix = `${o.text}: `;
		return lines.find((l) => l.startsWith(prefix))?.slice(prefix.length) ?? '';
	});
	return { stems, options };
}

/** Difficulty and audiences from tags our Moodle export writes (`difficulty:hard`). */
export function applyTags(spec: ItemSpec, tags: string[]): void {
	const difficulty = tags.find((t) => /^difficulty:(easy|medium|hard)$/.test(t));
	if (difficulty)
		spec.difficulty = difficulty.slice('difficulty:'.length) as ItemSpec['difficulty'];
	const audiences = tags
		.filter((t) => /^audience:(doctor|nurse)$/.test(t))
		.map((t) => t.slice('audience:'.length) as 'doctor' | 'nurse');
	if (audiences.length) spec.audiences = [...new Set(audiences)];
}

export const stemIdAt = (n: number) => (n < 26 ? String.fromCharCode(97 + n) : `s${n + 1}`);

/** `$course$/top/Liver/Ablation` as "Liver/Ablation"; `//` is a slash within one name. */
export function categoryPath(raw: string): string {
	const parts = raw
		.replace(/\/\//g, '\ue000')
		.split('/')
		.map((p) => p.replace(/\ue000/g, '/').trim())
		.filter(Boolean);
	if (parts[0]?.startsWith('$') && parts[0].endsWith('$')) parts.shift();
	if (parts[0] === 'top') parts.shift();
	return parts.join(' › ');
}
