import type { ItemSpec } from '$lib/content/types';
import type { FormValues } from '$lib/form-values';

/** What every action of the question editor answers with, so the page reads it one way. */
export interface EditorActionData {
	errors?: Record<string, string>;
	values?: FormValues;
	problems?: Record<string, string[]>;
	cited?: { id: string; text: string }[];
	preview?: ItemSpec;
	stepError?: string;
	commentErrors?: Record<string, string>;
	retireErrors?: Record<string, string>;
}

/** The longest title of a question bank. */
export const BANK_TITLE_MAX = 120;

/** The longest title and revision note of a source document. */
export const DOCUMENT_TITLE_MAX = 200;
export const DOCUMENT_NOTE_MAX = 500;

/** The longest note an educator leaves on resolving a reported problem. */
export const RESOLUTION_MAX = 2000;
