import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { writableBank } from '$lib/server/authoring/access';
import { listAuthorBanks } from '$lib/server/authoring/banks';
import { checkItem, createItem } from '$lib/server/authoring/drafts';
import { citableDocuments, passageTexts } from '$lib/server/authoring/editor';
import {
	blankItem,
	itemFormValues,
	problemsByField,
	readItemForm
} from '$lib/server/authoring/item-form';
import { readFormData } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'educator');
	const db = getDb();
	const params = event.url.searchParams;
	const spec = blankItem('new');
	const passage = params.get('passage');
	const cited = passage ? await passageTexts(db, [passage]) : [];
	if (cited.length) {
		spec.source.passageIds = [cited[0].id];
		spec.source.quote = params.get('quote')?.trim() ?? '';
	}
	return {
		banks: (await listAuthorBanks(db, user)).map((b) => ({ id: b.id, title: b.title })),
		bank: params.get('bank') ?? '',
		values: itemFormValues(spec),
		documents: await citableDocuments(db),
		cited
	};
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireRole(event, 'educator');
		const db = getDb();
		const form = await readFormData(event.request);
		const bankId = String(form.get('bank') ?? '');
		const { spec, note, errors, values } = readItemForm(form, 'new');
		// Another educator's bank is simply not among this author's choices: refused like any bad choice.
		const bank = await writableBank(db, user, bankId);
		if (!bank) errors.bank = 'Choose a bank you write for.';
		if (!note) errors.note = 'Say why you are writing this question.';
		if (Object.keys(errors).length)
			return fail(400, {
				errors,
				values,
				bank: bankId,
				problems: problemsByField(await checkItem(db, spec)),
				cited: await passageTexts(db, spec.source.passageIds)
			});
		const id = await createItem(db, user, bank!.id, spec, note);
		redirect(303, `/items/${id}/edit`);
	}
};
