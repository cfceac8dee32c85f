// Copies the live database to a file while the server runs: npm run db:backup -- --to FILE
import { parseArgs } from 'node:util';
import { DEFAULT_DATABASE_PATH } from '../src/lib/server/db';
import { backupDatabase, BackupError } from '../src/lib/server/db/backup';

const usage = `Usage: npm run db:backup -- --to FILE
Copies the database (DATABASE_PATH, or ${DEFAULT_DATABASE_PATH}) to FILE with SQLite's backup
API; the server may go on running and writing. The copy is checked with integrity_check and only
then replaces FILE. See "Backups and restore" in the README for restoring it.`;

let values: { to?: string; help?: boolean };
try {
	({ values } = parseArgs({
		options: { to: { type: 'string' }, help: { type: 'boolean', short: 'h' } }
	}));
} catch (error) {
	console.error(`${(error as Error).message}\n\n${usage}`);
	process.exit(2);
}
if (values.help || !values.to) {
	(values.help ? console.log : console.error)(usage);
	process.exit(values.help ? 0 : 2);
}

const source = process.env.DATABASE_PATH || DEFAULT_DATABASE_PATH;
const started = performance.now();
try {
	const report = await backupDatabase(source, values.to);
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	const megabytes = (report.bytes / 1e6).toFixed(1);
	console.log(
		`Backed up ${source} to ${values.to}: ${megabytes} MB in ${seconds} s, integrity_check ok.\n` +
			'Rows in the copy:'
	);
	for (const [table, rows] of Object.entries(report.rows))
		console.log(`  ${table.padEnd(24)} ${rows.toLocaleString('en-GB').padStart(10)}`);
} catch (error) {
	if (!(error instanceof BackupError)) throw error;
	console.error(error.message);
	process.exit(1);
}
