import Database from 'better-sqlite3';
import os from 'node:os';

/** A database the app must not use, with what is wrong in words for whoever runs the server. */
export class DatabaseUnusableError extends Error {
	override name = 'DatabaseUnusableError';
}

/** How many of quick_check's findings the message quotes; the rest add nothing for a reader. */
const FINDINGS_SHOWN = 5;

function damaged(file: string, findings: string[]): DatabaseUnusableError {
	const shown = findings.slice(0, FINDINGS_SHOWN).map((line) => `  ${line}`);
	if (findings.length > FINDINGS_SHOWN)
		shown.push(`  (and ${findings.length - FINDINGS_SHOWN} more)`);
	return new DatabaseUnusableError(
		[
			`The database ${file} is damaged, so it will not be used. SQLite's quick_check found:`,
			...shown,
			'Nothing has been written to it. Stop every process using it and restore the latest',
			'backup (README, "Backups and restore"); keep the damaged file for inspection.'
		].join('\n')
	);
}

function notWritable(file: string, reason: string): DatabaseUnusableError {
	const user = os.userInfo().username;
	return new DatabaseUnusableError(
		[
			`The database ${file} cannot be written by this process (user ${user}): SQLite says "${reason}".`,
			'The app writes to the file and keeps its -wal and -shm files beside it. Give this user',
			'write access to the file, to its folder and to any -wal and -shm files already there.'
		].join('\n')
	);
}

/** SQLite's own words for a file that is not a sound database, or that it may not write. */
function explain(file: string, error: unknown): unknown {
	const code = (error as { code?: unknown }).code;
	if (typeof code !== 'string') return error;
	const message = (error as Error).message;
	if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB')
		return damaged(file, [message]);
	if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN'))
		return notWritable(file, message);
	return error;
}

/**
 * Opens a database file, refusing one that is damaged or that this process cannot write before
 * anything reads or writes it. Without this a damaged page surfaces later as a failure of
 * whichever page happens to read it, and a read-only file as a failure of every form.
 *
 * `quick_check` reads every page and checks the structure of each table and index, but not
 * that indexes agree with their tables, which `integrity_check` does in several times as long.
 * Writing is tried in a transaction that is rolled back.
 */
export function openUsableDatabase(file: string): Database.Database {
	let sqlite: Database.Database | null = null;
	try {
		sqlite = new Database(file);
		// The write test below waits for another process's transaction rather than failing.
		sqlite.pragma('busy_timeout = 5000');
		const findings = (sqlite.pragma('quick_check') as { quick_check: string }[]).map(
			(row) => row.quick_check
		);
		if (findings.join() !== 'ok') throw damaged(file, findings);
		const version = sqlite.pragma('user_version', { simple: true }) as number;
		sqlite.exec('begin immediate');
		try {
			sqlite.pragma(`user_version = ${version}`);
		} finally {
			sqlite.exec('rollback');
		}
		return sqlite;
	} catch (error) {
		sqlite?.close();
		throw explain(file, error);
	}
}
