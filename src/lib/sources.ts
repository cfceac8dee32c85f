import type { PassageReview } from '$lib/content/review';

export interface CitingItem {
	id: string;
	bankTitle: string;
}

/** A passage of a source document as the sources page shows it. */
export interface SourcePassageView {
	id: string;
	kind: 'paragraph' | 'list-item';
	ordinal: number | null;
	text: string;
	examinable: boolean;
	/** Present for educators only. */
	citedBy?: CitingItem[];
	/** The clinical reviewer's verdict and note; for educators only. */
	review?: PassageReview;
}
