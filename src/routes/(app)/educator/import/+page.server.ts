import { error, fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { requireBankAccess } from '$lib/server/authoring/access';
import { listAuthorBanks } from '$lib/server/authoring/banks';
import { outcomeFor, readFormData, type FieldErrors } from '$lib/server/forms';
import { IMPORT_FORMAT_LABELS, ImportFileError } from '$lib/server/interchange/import/model';
import {
	confirmImport,
	createImportPreview,
	ImportConfirmError,
	importPreview
} from '$lib/server/interchange/import/preview';
import {
	IMPORT_MAX_BYTES,
	IMPORT_MAX_LABEL,
	IMPORT_TOO_LARGE,
	importBodyTooLarge,
	isBodyLimitError,
	readImportFile
} from '$lib/server/interchange/import/read';
import { previewTargets } from '$lib/server/interchange/import/targets';
import type { Actions, PageServerLoad } from './$types';

/** Where the questions go: all into the bank chosen, or each category into a bank of its own. */
const PLACEMENTS = ['bank', 'category'] as const;
type Placement = (typeof PLACEMENTS)[number];
const isPlacement = (value: string): value is Placement =>
	(PLACEMENTS as readonly string[]).includes(value);

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'educator');
	const db = getDb();
	const banks = (await listAuthorBanks(db, user)).map((b) => ({ id: b.id, title: b.title }));
	const token = event.url.searchParams.get('preview');
	if (!token)
		return { banks, maxSize: IMPORT_MAX_LABEL, maxBytes: IMPORT_MAX_BYTES, preview: null };
	const preview = await importPreview(db, user, token);
	if (!preview)
		error(404, 'This import preview is not yours or has expired: upload the file again.');
	const bank = banks.find((b) => b.id === preview.bankId);
	const { questions } = preview.data;
	const targets = previewTargets(preview.data, preview.bankId).map((t, n) => {
		const current = t.bankId ? banks.find((b) => b.id === t.bankId) : undefined;
		const going = questions.filter((q) => (q.target ?? 0) === n);
		return {
			key: n,
			title: current?.title ?? t.title,
			bankId: t.bankId,
			state: t.created ? 'created' : t.bankId ? 'existing' : 'new',
			chosen: n === 0,
			categories: t.categories,
			/** Whether questions with no category to title a bank by go here too. */
			uncategorised: going.some((q) => !t.categories.includes(q.category)),
			questions: going.length
		} as const;
	});
	return {
		banks,
		maxSize: IMPORT_MAX_LABEL,
		maxBytes: IMPORT_MAX_BYTES,
		preview: {
			token,
			fileName: preview.fileName,
			format: IMPORT_FORMAT_LABELS[preview.data.format],
			bank: bank ?? { id: preview.bankId, title: preview.bankId },
			bankPerCategory: preview.data.bankPerCategory ?? false,
			targets: targets.filter((t) => t.questions > 0),
			questions: questions.map((q, n) => ({
				key: n,
				where: q.where,
				name: q.name,
				category: q.category,
				bank: targets[q.target ?? 0].title,
				type: q.spec.type,
				stem: q.spec.stem,
				notes: q.notes,
				problems: q.problems,
				alreadyInBank: q.alreadyInBank ?? [],
				repeatOf: q.repeatOf ?? ''
			})),
			skipped: preview.data.skipped.map((s, n) => ({ key: n, ...s })),
			confirmedAt: preview.confirmedAt,
			createdItemIds: preview.createdItemIds ?? []
		}
	};
};

export const actions: Actions = {
	preview: async (event) => {
		const user = requireRole(event, 'educator');
		const db = getDb();
		// An oversized upload is answered from its declared length, before a byte of it is read.
		const tooLarge = () =>
			fail(
				413,
				outcomeFor('preview', {
					errors: { file: IMPORT_TOO_LARGE },
					values: { bankId: '', placement: 'bank' }
				})
			);
		if (importBodyTooLarge(event.request)) return tooLarge();
		let form: FormData;
		try {
			form = await readFormData(event.request);
		} catch (e) {
			if (isBodyLimitError(e)) return tooLarge();
			throw e;
		}
		const bankId = String(form.get('bankId') ?? '');
		const placement = String(form.get('placement') ?? 'bank');
		const file = form.get('file');
		const values = { bankId, placement };
		const refuse = (errors: FieldErrors) => fail(400, outcomeFor('preview', { errors, values }));
		const choiceErrors: FieldErrors = {
			...(bankId ? {} : { bankId: 'Choose the bank to import into.' }),
			...(isPlacement(placement) ? {} : { placement: 'Choose where the questions go.' })
		};
		if (choiceErrors.bankId || choiceErrors.placement) return refuse(choiceErrors);
		await requireBankAccess(db, user, bankId);
		if (!(file instanceof File) || file.size === 0)
			return refuse({ file: 'Choose a file to import.' });
		let token: string;
		try {
			const parsed = readImportFile(file.name, new Uint8Array(await file.arrayBuffer()));
			const made = await createImportPreview(db, user, bankId, file.name, parsed, {
				bankPerCategory: placement === 'category'
			});
			token = made.token;
		} catch (e) {
			if (e instanceof ImportFileError) return refuse({ file: e.message });
			throw e;
		}
		redirect(303, `/educator/import?preview=${token}`);
	},
	confirm: async (event) => {
		const user = requireRole(event, 'educator');
		const form = await readFormData(event.request);
		const token = String(form.get('token') ?? '');
		try {
			await confirmImport(getDb(), user, token);
		} catch (e) {
			if (e instanceof ImportConfirmError)
				return fail(400, outcomeFor('confirm', { message: e.message }));
			throw e;
		}
		redirect(303, `/educator/import?preview=${token}`);
	}
};
