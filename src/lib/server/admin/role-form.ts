import * as v from 'valibot';
import { ROLES } from '$lib/accounts';
import { oneOf, text } from '$lib/server/forms';

/** An administrator setting one account's role. */
export const roleForm = v.object({
	userId: text({ required: 'Choose whose role to set.', max: 64 }),
	role: oneOf(ROLES, 'Choose learner, educator or administrator.')
});
