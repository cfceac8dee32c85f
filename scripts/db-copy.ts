// Moves an installation's data from SQLite to PostgreSQL:
// npm run db:copy -- --from ./data/app.db --to postgres://user@host/db
import { parseArgs } from 'node:util';
import { DEFAULT_DATABASE_PATH } from '../src/lib/server/db';
import { isPostgresUrl } from '../src/lib/server/db/backend';
import { copyToPostgres, CopyError } from '../src/lib/server/db/pg/copy';

const usage = `Usage: npm run db:copy -- [--from FILE] --to postgres://USER@HOST/DATABASE
Copies every table of the SQLite database FILE (DATABASE_PATH, or ${DEFAULT_DATABASE_PATH}) into
the PostgreSQL database, which is migrated first and must hold no rows. Stop the server first:
the copy is the source as it was when copying began. Afterwards the row counts of every table and
a sample of rows are compared field by field; any difference exits with status 1.`;

let values: { from?: string; to?: string; help?: boolean };
try {
	({ values } = parseArgs({
		options: {
			from: { type: 'string' },
			to: { type: 'string' },
			help: { type: 'boolean', short: 'h' }
		}
	}));
} catch (error) {
	console.error(`${(error as Error).message}\n\n${usage}`);
	process.exit(2);
}
if (values.help || !values.to || !isPostgresUrl(values.to)) {
	if (!values.help && values.to) console.error(`--to must be a postgres:// address.\n`);
	(values.help ? console.log : console.error)(usage);
	process.exit(values.help ? 0 : 2);
}

/** The address without its password, for printing. */
function shown(url: string): string {
	const parsed = new URL(url);
	if (parsed.password) parsed.password = '***';
	return parsed.toString();
}

const from = values.from ?? (process.env.DATABASE_PATH || DEFAULT_DATABASE_PATH);
console.log(`Copying ${from} to ${shown(values.to)}...`);
try {
	const report = await copyToPostgres(from, values.to, {
		progress: (message) => console.log(`  copied ${message}`)
	});
	console.log(
		`\n  ${'table'.padEnd(24)} ${'source'.padStart(10)} ${'target'.padStart(10)} sampled`
	);
	for (const table of report.tables)
		console.log(
			`  ${table.table.padEnd(24)} ${table.sourceRows.toLocaleString('en-GB').padStart(10)} ` +
				`${table.targetRows.toLocaleString('en-GB').padStart(10)} ${String(table.sampled).padStart(7)}` +
				(table.mismatches.length > 0 ? '  DIFFERS' : '')
		);
	const mismatches = report.tables.flatMap((table) => table.mismatches);
	if (!report.ok) {
		console.error(`\nThe copy differs from the source in ${mismatches.length} places:`);
		for (const mismatch of mismatches.slice(0, 50)) console.error(`  ${mismatch}`);
		process.exit(1);
	}
	const rows = report.tables.reduce((sum, table) => sum + table.sourceRows, 0);
	console.log(
		`\nCopied ${rows.toLocaleString('en-GB')} rows in ${report.tables.length} tables in ` +
			`${report.seconds.toFixed(1)} s; row counts and sampled rows match.`
	);
} catch (error) {
	if (!(error instanceof CopyError)) throw error;
	console.error(error.message);
	process.exit(1);
}
