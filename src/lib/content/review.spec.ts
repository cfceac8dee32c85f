import { describe, expect, it } from 'vitest';
import { parseDocument } from './document';
import { reviewProblems, type ClinicalReview } from './review';
import { loadClinicalReview, loadSourceDocument } from '.';

const doc = parseDocument(
	'leaflet',
	`# Leaflet

## Ablation {#ablation}

Ablation may be performed under sedation.

<!-- non-examinable -->
A list follows:
`
);

const review = (passages: ClinicalReview['passages']): ClinicalReview => ({
	document: 'leaflet',
	reviewedOn: '2026-11-30',
	passages
});

describe('the clinical review of a source', () => {
	it('covers every examinable passage', () => {
		expect(reviewProblems(review({ 'ablation-1': { verdict: 'accurate' } }), doc)).toEqual([]);
		expect(reviewProblems(review({}), doc)).toEqual(['passage ablation-1 has no clinical review']);
	});

	it('says how a passage simplifies or errs', () => {
		expect(reviewProblems(review({ 'ablation-1': { verdict: 'imprecise' } }), doc)).toEqual([
			'passage ablation-1 is marked imprecise without a note saying how'
		]);
	});

	it('names only passages of the document, with a known verdict', () => {
		expect(
			reviewProblems(
				review({
					'ablation-1': { verdict: 'accurate' },
					'ablation-9': { verdict: 'wrong' as 'accurate' }
				}),
				doc
			)
		).toEqual([
			'the review names unknown passage ablation-9',
			'passage ablation-9: unknown verdict "wrong"'
		]);
	});

	it('is complete for the shipped document', () => {
		expect(reviewProblems(loadClinicalReview(), loadSourceDocument())).toEqual([]);
	});
});
