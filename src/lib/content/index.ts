import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument, type SourceDocument } from './document';
import type { ClinicalReview } from './review';
import { banks } from './banks';
import { SOURCE_SLUG } from './links';

export { banks, SOURCE_SLUG };

/**
 * The source document is read from disk, so that the server, the tests and the command-line
 * tools all read the very file that reviewers edit. `CONTENT_DIR` points elsewhere when needed.
 */
export function contentDir(): string {
	return process.env.CONTENT_DIR ?? path.resolve('src/lib/content');
}

let cached: SourceDocument | null = null;

export function loadSourceDocument(): SourceDocument {
	if (!cached) {
		const file = path.join(contentDir(), 'source', `${SOURCE_SLUG}.md`);
		cached = parseDocument(SOURCE_SLUG, readFileSync(file, 'utf8'));
	}
	return cached;
}

/** The clinical review of the source document, kept beside it. */
export function loadClinicalReview(): ClinicalReview {
	const file = path.join(contentDir(), 'source', `${SOURCE_SLUG}.review.json`);
	return JSON.parse(readFileSync(file, 'utf8')) as ClinicalReview;
}
