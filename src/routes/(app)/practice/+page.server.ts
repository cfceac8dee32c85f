import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guards';
import { listBanks } from '$lib/server/bank/queries';
import {
	parseForm,
	readFormData,
	type FieldErrors,
	type FormOutcome,
	type SubmittedValues
} from '$lib/server/forms';
import { countMatchingItems, startPractice } from '$lib/server/quiz/practice-builder';
import { resumePosition, unfinishedSessions } from '$lib/server/quiz/session';
import {
	matchForm,
	readStartLink,
	startForm,
	startFormValues
} from '$lib/server/quiz/settings-form';
import type { DB } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

/** How many questions the submitted filters match; null while a filter is invalid. */
function matching(db: DB, userId: string, bankIds: string[], source: FormData | URLSearchParams) {
	const parsed = parseForm(matchForm(bankIds), source);
	return parsed.ok ? countMatchingItems(db, userId, parsed.data) : null;
}

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const db = getDb();
	const banks = await listBanks(db);
	const bankIds = banks.map((b) => b.id);
	const preset = readStartLink(event.url.searchParams, bankIds);
	const source = new URLSearchParams(event.url.searchParams);
	if (!source.has('bank')) for (const id of bankIds) source.append('bank', id);
	return {
		banks,
		preset,
		matching: await matching(db, user.id, bankIds, source),
		unfinished: await Promise.all(
			(await unfinishedSessions(db, user.id)).map(async (s) => ({
				id: s.id,
				mode: s.mode,
				itemCount: s.itemCount,
				startedAt: s.startedAt,
				deadlineAt: s.deadlineAt,
				resumeAt: await resumePosition(db, s)
			}))
		)
	};
};

/**
 * The builder is one form whichever button sent it: each answers with the choices back, how many
 * questions they match and, when too few match to start, how many there are.
 */
interface BuilderOutcome extends FormOutcome {
	values: SubmittedValues;
	matching: number | null;
	shortfall: { available: number; requested: number } | null;
}

function builderOutcome(
	values: SubmittedValues,
	matching: number | null,
	errors?: FieldErrors,
	shortfall: BuilderOutcome['shortfall'] = null
): BuilderOutcome {
	return { values, matching, errors, shortfall };
}

export const actions: Actions = {
	start: async (event) => {
		const user = requireUser(event);
		const db = getDb();
		const form = await readFormData(event.request);
		const bankIds = (await listBanks(db)).map((b) => b.id);
		const schema = startForm(bankIds);
		const values = startFormValues(schema, form);
		const count = await matching(db, user.id, bankIds, form);
		const parsed = parseForm(schema, form);
		if (!parsed.ok) return fail(400, builderOutcome(values, count, parsed.errors));
		const result = await startPractice(db, user.id, parsed.data);
		if (!result.ok)
			return fail(
				400,
				builderOutcome(
					values,
					count,
					{ form: result.message },
					'shortfall' in result ? result.shortfall : null
				)
			);
		redirect(303, `/practice/${result.session.id}/1`);
	},

	/** Counts the matching questions without starting: the builder's "Count" without JavaScript. */
	count: async (event) => {
		const user = requireUser(event);
		const db = getDb();
		const form = await readFormData(event.request);
		const bankIds = (await listBanks(db)).map((b) => b.id);
		const values = startFormValues(startForm(bankIds), form);
		const parsed = parseForm(matchForm(bankIds), form);
		if (!parsed.ok) return fail(400, builderOutcome(values, null, parsed.errors));
		return builderOutcome(values, await countMatchingItems(db, user.id, parsed.data));
	},

	/** Ticks every bank, and counts what then matches. */
	allBanks: async (event) => {
		const user = requireUser(event);
		const db = getDb();
		const form = await readFormData(event.request);
		const bankIds = (await listBanks(db)).map((b) => b.id);
		form.delete('bank');
		for (const id of bankIds) form.append('bank', id);
		const values = startFormValues(startForm(bankIds), form);
		return builderOutcome(values, await matching(db, user.id, bankIds, form));
	}
};
