import * as v from 'valibot';
import { CONFIDENCES } from '$lib/server/db/tables';
import { oneOf, optionalText, optionalWholeNumber, text } from '$lib/server/forms';
import { MAX_SESSION_ITEMS, NOTE_MAX, REPORT_MAX } from '$lib/quiz';

/**
 * The forms of a question page. The answer itself (`choice`, `stem-<id>`) is read against the
 * item by `parseResponse`; these schemas read what travels with it.
 */

export const ANSWER_INTENTS = ['submit', 'save', 'next', 'previous', 'review', 'finish'] as const;

export const answerForm = v.object({
	/** Implicit submission (Enter in a field) sends no button: it is a plain submit. */
	intent: v.optional(
		v.picklist(ANSWER_INTENTS, 'That is not something this page can do.'),
		'submit'
	),
	goto: optionalWholeNumber(1, MAX_SESSION_ITEMS, 'Choose a question of this test.'),
	confidence: v.optional(v.picklist(CONFIDENCES, 'Choose guessing, unsure or sure.'))
});

export const flagForm = v.object({
	flagged: oneOf(['true', 'false'] as const, 'Say whether to flag the question.')
});

export const noteForm = v.object({
	note: optionalText({ max: NOTE_MAX, multiline: true })
});

export const REPORT_TOO_SHORT = 'Say what is wrong with the question, in a few words at least.';

export const reportForm = v.object({
	message: v.pipe(
		text({ required: REPORT_TOO_SHORT, max: REPORT_MAX, multiline: true }),
		v.minLength(5, REPORT_TOO_SHORT)
	)
});
