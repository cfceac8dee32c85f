import { fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireAdmin } from '$lib/server/auth/guards';
import { parseForm, readFormData } from '$lib/server/forms';
import { settingsForm } from '$lib/server/settings/forms';
import { readSettings, saveSettings } from '$lib/server/settings/settings';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireAdmin(event);
	return { settings: await readSettings(getDb()), timeZones: Intl.supportedValuesOf('timeZone') };
};

export const actions: Actions = {
	default: async (event) => {
		const admin = requireAdmin(event);
		const parsed = parseForm(settingsForm, await readFormData(event.request));
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		await saveSettings(getDb(), parsed.data, admin.id);
		return { saved: 'Settings saved.' };
	}
};
