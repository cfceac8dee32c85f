import Database from 'better-sqlite3';
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

/** Pages to copy per step: all of them, see `backupDatabase`. */
const ALL_PAGES = 0x7fffffff;

export interface BackupReport {
	pages: number;
	bytes: number;
	/** Rows in each table of the copy, by table name. */
	rows: Record<string, number>;
}

/** A backup that was not made; the target, if it existed, is as it was. */
export class BackupError extends Error {
	override name = 'BackupError';
}

function sameFile(a: string, b: string): boolean {
	if (path.resolve(a) === path.resolve(b)) return true;
	if (!existsSync(a) || !existsSync(b)) return false;
	const [x, y] = [statSync(a), statSync(b)];
	return x.dev === y.dev && x.ino === y.ino;
}

/** Rows in every table of the database, by name. */
export function countRows(sqlite: Database.Database): Record<string, number> {
	const tables = sqlite
		.prepare("select name from sqlite_schema where type = 'table' and name not like 'sqlite_%'")
		.pluck()
		.all() as string[];
	return Object.fromEntries(
		tables.sort().map((name) => [
			name,
			sqlite
				.prepare(`select count(*) from "${name.replaceAll('"', '""')}"`)
				.pluck()
				.get() as number
		])
	);
}

/**
 * Copies the database at `source` into `target` with SQLite's backup API while other processes
 * go on reading and writing it, then checks the copy with `integrity_check`. The copy is made
 * beside the target and renamed over it only once checked, so a failed backup never replaces a
 * good one.
 *
 * All pages are copied in one step, inside one read transaction: the copy is the database as it
 * was at one moment, and writers carry on meanwhile (the log holds their pages until the step
 * ends). Copied in small steps instead, each commit by another connection between two steps
 * restarts the backup from the first page, so a busy server has it copy the database many times.
 */
export async function backupDatabase(source: string, target: string): Promise<BackupReport> {
	if (!existsSync(source)) throw new BackupError(`There is no database at ${source}.`);
	if (sameFile(source, target))
		throw new BackupError(`The backup must go to another file than the database ${source}.`);
	if (!existsSync(path.dirname(path.resolve(target))))
		throw new BackupError(`The folder of ${target} does not exist.`);

	const partial = `${target}.partial`;
	rmSync(partial, { force: true });
	const live = new Database(source, { fileMustExist: true });
	try {
		live.pragma('busy_timeout = 5000');
		await live.backup(partial, { progress: () => ALL_PAGES });
	} catch (error) {
		rmSync(partial, { force: true });
		throw new BackupError(`The backup of ${source} failed: ${(error as Error).message}`);
	} finally {
		live.close();
	}

	const copy = new Database(partial);
	let report: BackupReport;
	try {
		const findings = (copy.pragma('integrity_check') as { integrity_check: string }[]).map(
			(row) => row.integrity_check
		);
		if (findings.join() !== 'ok')
			throw new BackupError(
				`The copy of ${source} is damaged, so ${target} was left as it was. ` +
					`integrity_check found:\n  ${findings.slice(0, 5).join('\n  ')}`
			);
		report = {
			pages: copy.pragma('page_count', { simple: true }) as number,
			bytes: 0,
			rows: countRows(copy)
		};
	} catch (error) {
		copy.close();
		rmSync(partial, { force: true });
		if (error instanceof BackupError) throw error;
		throw new BackupError(
			`The copy of ${source} could not be checked: ${(error as Error).message}`
		);
	}
	copy.close();
	renameSync(partial, target);
	report.bytes = statSync(target).size;
	return report;
}
