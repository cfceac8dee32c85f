import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { listBanks } from '$lib/server/bank/queries';
import { BANK_FORMATS, BANK_FORMAT_NAMES } from '$lib/server/interchange/formats';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'educator');
	return {
		banks: listBanks(getDb()),
		formats: BANK_FORMAT_NAMES.map((name) => ({ name, label: BANK_FORMATS[name].label }))
	};
};
