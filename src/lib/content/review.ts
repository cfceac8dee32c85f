import type { SourceDocument } from './document';

/**
 * A clinician's reading of the source, passage by passage: whether each is accurate as clinicians
 * would teach it. Where the leaflet simplifies or errs, the note says how, so that no item keys
 * the simplified claim; educators see the notes beside the passages.
 */
export const REVIEW_VERDICTS = ['accurate', 'imprecise', 'inaccurate'] as const;
export type ReviewVerdict = (typeof REVIEW_VERDICTS)[number];

export interface PassageReview {
	verdict: ReviewVerdict;
	note?: string;
}

export interface ClinicalReview {
	document: string;
	reviewedOn: string;
	passages: Record<string, PassageReview>;
}

/** What is wrong with a review of `doc`: passages left out, unknown, or flagged without a note. */
export function reviewProblems(review: ClinicalReview, doc: SourceDocument): string[] {
	const problems: string[] = [];
	if (review.document !== doc.slug)
		problems.push(`the review is of "${review.document}", not "${doc.slug}"`);
	for (const passage of doc.passages.values())
		if (passage.examinable && !review.passages[passage.id])
			problems.push(`passage ${passage.id} has no clinical review`);
	for (const [id, entry] of Object.entries(review.passages)) {
		if (!doc.passages.has(id)) problems.push(`the review names unknown passage ${id}`);
		if (!REVIEW_VERDICTS.includes(entry.verdict))
			problems.push(`passage ${id}: unknown verdict "${entry.verdict}"`);
		else if (entry.verdict !== 'accurate' && !entry.note?.trim())
			problems.push(`passage ${id} is marked ${entry.verdict} without a note saying how`);
	}
	return problems;
}
