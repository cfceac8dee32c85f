import { banks, loadSourceDocument } from '$lib/content';
import type { DB } from '../db';
import { loadBanks } from '../bank/sync';
import { testDatabase } from './db';

/**
 * A migrated database holding the real banks, or only those named, on the backend the run
 * selects (`testDatabase`).
 */
export async function contentDatabase(onlyBanks?: string[]): Promise<DB> {
	const db = await testDatabase();
	const chosen = onlyBanks ? banks.filter((b) => onlyBanks.includes(b.id)) : banks;
	await loadBanks(db, loadSourceDocument(), chosen);
	return db;
}
