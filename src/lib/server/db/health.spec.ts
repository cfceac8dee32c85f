import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import {
	chmodSync,
	chownSync,
	closeSync,
	mkdtempSync,
	openSync,
	readFileSync,
	rmSync,
	writeFileSync,
	writeSync
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '.';
import { DatabaseUnusableError } from './health';
import { banks } from './schema';

const folders: string[] = [];

function freshFolder(): string {
	const folder = mkdtempSync(path.join(os.tmpdir(), 'liver-quiz-health-'));
	folders.push(folder);
	return folder;
}

afterEach(() => {
	for (const folder of folders.splice(0)) {
		chmodSync(folder, 0o755);
		rmSync(folder, { recursive: true, force: true });
	}
});

/** A migrated database whose `banks` table spans many pages, closed so all of it is in the file. */
function databaseWithBanks(file: string): void {
	const db = openDatabase(file);
	db.insert(banks)
		.values(
			Array.from({ length: 200 }, (_, i) => ({
				id: `bank-${i}`,
				title: `Bank ${i}`,
				description: 'x'.repeat(400),
				position: i
			}))
		)
		.run();
	db.$client.close();
}

/** Overwrites the first bytes of a table's root page, as a bad disk sector or a stray write would. */
function damageTable(file: string, table: string): void {
	const reader = new Database(file, { readonly: true });
	const { rootpage } = reader
		.prepare('select rootpage from sqlite_schema where type = ? and name = ?')
		.get('table', table) as { rootpage: number };
	const pageSize = reader.pragma('page_size', { simple: true }) as number;
	reader.close();
	const fd = openSync(file, 'r+');
	writeSync(fd, Buffer.alloc(64, 0xff), 0, 64, (rootpage - 1) * pageSize);
	closeSync(fd);
}

describe('opening a database', () => {
	it('refuses a database with a damaged table page, says so, and writes nothing to it', () => {
		const file = path.join(freshFolder(), 'app.db');
		databaseWithBanks(file);
		damageTable(file, 'banks');
		const before = readFileSync(file);

		let refusal: unknown = null;
		try {
			openDatabase(file).$client.close();
		} catch (error) {
			refusal = error;
		}
		expect(refusal).toBeInstanceOf(DatabaseUnusableError);
		expect((refusal as Error).message).toContain(`The database ${file} is damaged`);
		expect(readFileSync(file).equals(before)).toBe(true);
	});

	it('opens the same database while it is sound', () => {
		const file = path.join(freshFolder(), 'app.db');
		databaseWithBanks(file);
		const db = openDatabase(file);
		expect(db.select().from(banks).all()).toHaveLength(200);
		db.$client.close();
	});

	// Root writes whatever the permissions say, so the attempt runs as another user when root.
	const runsAsRoot = process.getuid?.() === 0;
	const OTHER_USER = 65534;

	/** Opens `file` with the app's openDatabase in a child process; what it printed. */
	function openElsewhere(file: string): string {
		const probeFolder = freshFolder();
		chmodSync(probeFolder, 0o755);
		const probe = path.join(probeFolder, 'probe.ts');
		writeFileSync(
			probe,
			`import { openDatabase } from ${JSON.stringify(path.resolve('src/lib/server/db/index.ts'))};
try {
	openDatabase(process.argv[2]).$client.close();
	console.log('opened');
} catch (error) {
	console.log(error instanceof Error ? error.name + ': ' + error.message : String(error));
}
`,
			{ mode: 0o644 }
		);
		const result = spawnSync(process.execPath, ['--import', 'tsx', probe, file], {
			env: { ...process.env, HOME: os.tmpdir() },
			encoding: 'utf8',
			...(runsAsRoot ? { uid: OTHER_USER, gid: OTHER_USER } : {})
		});
		return `${result.stdout}${result.stderr}`;
	}

	it('refuses a database file it may read but not write, and says what to fix', () => {
		const folder = freshFolder();
		const file = path.join(folder, 'app.db');
		databaseWithBanks(file);
		if (runsAsRoot) chownSync(folder, OTHER_USER, OTHER_USER);
		chmodSync(folder, 0o755);
		chmodSync(file, 0o444);

		const output = openElsewhere(file);
		expect(output).toContain(`DatabaseUnusableError: The database ${file} cannot be written`);
		expect(output).toContain('write access to the file, to its folder');
	});

	it('refuses a writable database in a folder it cannot write, where the log files go', () => {
		const folder = freshFolder();
		const file = path.join(folder, 'app.db');
		databaseWithBanks(file);
		if (runsAsRoot) chownSync(file, OTHER_USER, OTHER_USER);
		chmodSync(folder, 0o555);

		const output = openElsewhere(file);
		expect(output).toContain(`DatabaseUnusableError: The database ${file} cannot be written`);
	});

	it('opens a database file it can write, as another user too', () => {
		const folder = freshFolder();
		const file = path.join(folder, 'app.db');
		databaseWithBanks(file);
		if (runsAsRoot) {
			chownSync(folder, OTHER_USER, OTHER_USER);
			chownSync(file, OTHER_USER, OTHER_USER);
		}
		chmodSync(folder, 0o755);
		expect(openElsewhere(file)).toContain('opened');
	});
});
