import { fail } from '@sveltejs/kit';
import * as v from 'valibot';
import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { canShareBank, requireBankAccess } from '$lib/server/authoring/access';
import {
	bankItems,
	coAuthors,
	shareBank,
	shareBankForm,
	unshareBank
} from '$lib/server/authoring/banks';
import { parseForm, readFormData } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'educator');
	const db = getDb();
	const bank = await requireBankAccess(db, user, event.params.bankId);
	return {
		bank: { id: bank.id, title: bank.title, description: bank.description, bundled: !bank.ownerId },
		items: await bankItems(db, bank.id),
		coAuthors: bank.ownerId ? await coAuthors(db, bank.id) : [],
		canShare: canShareBank(user, bank)
	};
};

const removeForm = v.object({ userId: v.pipe(v.string(), v.nonEmpty('Choose a co-author.')) });

export const actions: Actions = {
	share: async (event) => {
		const user = requireRole(event, 'educator');
		const db = getDb();
		const bank = await requireBankAccess(db, user, event.params.bankId);
		const parsed = parseForm(shareBankForm, await readFormData(event.request));
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const result = await shareBank(db, user, bank, parsed.data.email);
		if (!result.ok) return fail(400, { errors: { email: result.message }, values: parsed.data });
		return { saved: `Shared with ${result.name}.` };
	},
	unshare: async (event) => {
		const user = requireRole(event, 'educator');
		const db = getDb();
		const bank = await requireBankAccess(db, user, event.params.bankId);
		if (!canShareBank(user, bank))
			return fail(403, {
				errors: { email: 'Only the bank’s owner or an administrator shares it.' }
			});
		const parsed = parseForm(removeForm, await readFormData(event.request));
		if (parsed.ok) await unshareBank(db, bank.id, parsed.data.userId);
		return {};
	}
};
