import type { DB } from '$lib/server/db';
import type { SessionSettings } from '$lib/server/db/schema';
import { perform } from '$lib/server/db/steps';
import { beginSession, selectItemIdsStep, type StartSessionResult } from './build';
import type { StartForm } from './settings-form';

/** The builder's filters: everything that decides which questions match, but not how many. */
export type MatchSettings = Omit<SessionSettings, 'requestedCount'>;

/**
 * How many questions the builder's filters match for this learner now: the questions a session
 * could serve, so those held back by an open timed test are not counted.
 */
export async function countMatchingItems(
	db: DB,
	userId: string,
	settings: MatchSettings,
	now = new Date()
): Promise<number> {
	const matching = await perform(
		db,
		selectItemIdsStep(db, db, userId, { ...settings, requestedCount: 0 }, now)
	);
	return matching.length;
}

export type PracticeStartResult =
	| StartSessionResult
	| { ok: false; message: string; shortfall: { available: number; requested: number } };

/**
 * Starts a practice session from the builder. When fewer questions match than were asked for,
 * nothing starts unless the learner has agreed to the smaller session (`form.acceptFewer`).
 */
export async function startPractice(
	db: DB,
	userId: string,
	form: StartForm,
	now = new Date()
): Promise<PracticeStartResult> {
	const acceptFewer = form.acceptFewer ?? false;
	const requested = form.settings.requestedCount;
	const available = await countMatchingItems(db, userId, form.settings, now);
	// A link that names its questions asks for those, however many the count field says.
	const named = (form.settings.itemIds?.length ?? 0) > 0;
	if (available > 0 && available < requested && !acceptFewer && !named)
		return {
			ok: false,
			message: `Only ${available} ${available === 1 ? 'question matches' : 'questions match'}; start with ${available}?`,
			shortfall: { available, requested }
		};
	const count = available > 0 ? Math.min(requested, available) : requested;
	const { mode, secondsPerItem } = form;
	const settings = { ...form.settings, requestedCount: count };
	return beginSession(db, userId, { mode, settings, secondsPerItem }, now);
}
