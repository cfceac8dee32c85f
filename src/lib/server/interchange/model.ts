import type { ItemSpec } from '$lib/content/types';

/**
 * What every exchange format is written from, and what an importer of each format reads back
 * into: banks of items at their current versions, with the source document each item cites.
 * Writers are pure functions of this shape; only `load.ts` reads the database.
 */

export interface InterchangeDocument {
	slug: string;
	title: string;
	/** Content hash of the document's text when the items were synced. */
	version: string;
}

export interface InterchangeCitation {
	passageId: string;
	documentSlug: string;
	/** Hash of the passage's text, so a receiving installation can tell it has the same passage. */
	passageHash: string;
}

export interface InterchangeItem {
	id: string;
	bankId: string;
	version: number;
	spec: ItemSpec;
	citations: InterchangeCitation[];
}

export interface InterchangeBank {
	id: string;
	title: string;
	description: string;
	items: InterchangeItem[];
}

export interface InterchangeSet {
	documents: InterchangeDocument[];
	banks: InterchangeBank[];
}

/** The document an item's citations point to (its first citation's), when it is in the set. */
export function documentOf(
	set: InterchangeSet,
	item: InterchangeItem
): InterchangeDocument | undefined {
	const slug = item.citations[0]?.documentSlug;
	return set.documents.find((d) => d.slug === slug);
}

/** "Secondary liver cancer, passages ablation-2, ablation-3": where the item's answer rests. */
export function citationText(set: InterchangeSet, item: InterchangeItem): string {
	const document = documentOf(set, item);
	const ids = item.spec.source.passageIds;
	const where = `${ids.length === 1 ? 'passage' : 'passages'} ${ids.join(', ')}`;
	return document ? `${document.title} (${document.slug}), ${where}` : where;
}

/** The option keyed correct for a true/false item: true when "True" is keyed. */
export function trueFalseKey(spec: ItemSpec): boolean {
	const keyed = spec.options.find((o) => o.correct === true);
	return keyed ? /^true$/i.test(keyed.text.trim()) : false;
}

/** The explanation given with the "True" (or "False") option of a true/false item. */
export function trueFalseExplanation(spec: ItemSpec, value: boolean): string {
	const text = value ? 'true' : 'false';
	return spec.options.find((o) => o.text.trim().toLowerCase() === text)?.explanation ?? '';
}

/**
 * The answers a short-answer item accepts, as exact texts for systems that compare typed answers
 * as written (ignoring case at most): each accepted answer, and with a unit, each also followed by
 * the unit, spaced and unspaced. Our own marking accepts more (number words, unit spellings).
 */
export function acceptedTexts(spec: ItemSpec): string[] {
	const key = spec.shortAnswer;
	if (!key) return [];
	const unit = key.unit?.trim();
	const withUnit = (a: string) =>
		unit && !a.toLowerCase().endsWith(unit.toLowerCase())
			? [a, `${a} ${unit}`, `${a}${unit}`]
			: [a];
	return [...new Set(key.accepted.flatMap((a) => withUnit(a.trim())))];
}
