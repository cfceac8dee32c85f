import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { bankForm, createBank, listAuthorBanks } from '$lib/server/authoring/banks';
import { BANK_FORMATS, BANK_FORMAT_NAMES } from '$lib/server/interchange/formats';
import { parseForm, readFormData } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'educator');
	return {
		banks: await listAuthorBanks(getDb(), user),
		formats: BANK_FORMAT_NAMES.map((name) => ({ name, label: BANK_FORMATS[name].label }))
	};
};

export const actions: Actions = {
	create: async (event) => {
		const user = requireRole(event, 'educator');
		const parsed = parseForm(bankForm, await readFormData(event.request));
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const id = await createBank(getDb(), user, parsed.data);
		redirect(303, `/educator/banks/${id}`);
	}
};
