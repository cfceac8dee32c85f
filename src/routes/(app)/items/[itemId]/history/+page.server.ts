import { error, fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { diffItems } from '$lib/server/authoring/diff';
import { AuthoringError, revertToVersion } from '$lib/server/authoring/drafts';
import { editorState, itemVersionsOf, versionOf } from '$lib/server/authoring/editor';
import type { Actions, PageServerLoad } from './$types';

/** A version number from the address; anything else reads as absent. */
function versionParam(value: string | null, versions: number[]): number | null {
	if (!value || !/^\d{1,6}$/.test(value)) return null;
	const n = Number(value);
	return versions.includes(n) ? n : null;
}

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'educator');
	const db = getDb();
	const state = await editorState(db, user, event.params.itemId);
	if (!state) error(404, 'There is no question you can edit at this address.');
	const versions = await itemVersionsOf(db, state.item);
	const numbers = versions.map((v) => v.version);
	const params = event.url.searchParams;
	const to = versionParam(params.get('to'), numbers) ?? numbers[0] ?? null;
	const from = versionParam(params.get('from'), numbers) ?? numbers[1] ?? null;
	const before = from !== null ? await versionOf(db, state.item.id, from) : null;
	const after = to !== null ? await versionOf(db, state.item.id, to) : null;
	return {
		itemId: state.item.id,
		bankTitle: state.bank.title,
		hasDraft: state.draft !== null,
		versions,
		from,
		to,
		diffs: before && after ? diffItems(before, after) : null
	};
};

export const actions: Actions = {
	revert: async (event) => {
		const user = requireRole(event, 'educator');
		const db = getDb();
		const itemId = event.params.itemId;
		if (!(await editorState(db, user, itemId)))
			error(404, 'There is no question you can edit at this address.');
		const raw = String((await event.request.formData()).get('version') ?? '');
		if (!/^\d{1,6}$/.test(raw)) return fail(400, { message: 'Choose a version.' });
		try {
			await revertToVersion(db, user, itemId, Number(raw));
		} catch (e) {
			if (e instanceof AuthoringError) return fail(409, { message: e.message });
			throw e;
		}
		redirect(303, `/items/${itemId}/edit?done=saved`);
	}
};
