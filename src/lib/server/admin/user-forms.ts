import * as v from 'valibot';
import { optionalText, text } from '$lib/server/forms';

const PAGE_MESSAGE = 'Pages are numbered from 1.';

/** The users list's search box and page, read from the link. */
export const userSearchForm = v.object({
	q: optionalText({ max: 200 }),
	page: v.pipe(
		v.optional(v.string(), ''),
		v.transform((s) => s.trim() || '1'),
		v.regex(/^\d{1,7}$/, PAGE_MESSAGE),
		v.transform(Number),
		v.minValue(1, PAGE_MESSAGE)
	)
});

/** An administrator acting on one account: deactivating, reactivating, issuing a reset link. */
export const userActionForm = v.object({
	userId: text({ required: 'Choose whose account this is for.', max: 64 })
});
