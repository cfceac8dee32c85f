import { fail, type Actions } from '@sveltejs/kit';
import { insertSubmission } from '../../lib/server/database';

export const actions: Actions = {
	default: async ({ request }) => {
		const choice = Number((await request.formData()).get('choice'));
		if (!Number.isInteger(choice)) return fail(400, { message: 'Choose an option.' });
		insertSubmission(choice);
		return { saved: true };
	}
};
