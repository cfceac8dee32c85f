import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guards';
import { listBanks } from '$lib/server/bank/queries';
import { parseForm } from '$lib/server/forms';
import { countMatchingItems } from '$lib/server/quiz/practice-builder';
import { matchForm } from '$lib/server/quiz/settings-form';
import type { RequestHandler } from './$types';

/** The practice builder's live count: the builder's fields as query parameters. */
export const GET: RequestHandler = async (event) => {
	const user = requireUser(event);
	const db = getDb();
	const parsed = parseForm(
		matchForm((await listBanks(db)).map((b) => b.id)),
		event.url.searchParams
	);
	return json({
		matching: parsed.ok ? await countMatchingItems(db, user.id, parsed.data) : null
	});
};
