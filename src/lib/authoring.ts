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
