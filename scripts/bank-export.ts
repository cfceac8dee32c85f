// Exports the banks. Without --format: every published item as JSON on standard output
// (npm run --silent bank:export > items.json). With --format moodle|gift|qti|pack: the banks, or
// the one named with --bank, in that format, to --out FILE or standard output.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { closeDatabase, startDatabase } from '../src/lib/server/db';
import { loadContent } from '../src/lib/server/bank/sync';
import { exportPublishedItems } from '../src/lib/server/bank/export';
import {
	BANK_FORMATS,
	BANK_FORMAT_NAMES,
	isBankFormat
} from '../src/lib/server/interchange/formats';
import { loadInterchangeSet } from '../src/lib/server/interchange/load';

function fail(message: string): never {
	process.stderr.write(`${message}\n`);
	process.exit(1);
}

let options: { format?: string; bank?: string; out?: string };
try {
	options = parseArgs({
		options: {
			format: { type: 'string' },
			bank: { type: 'string' },
			out: { type: 'string' }
		}
	}).values;
} catch (e) {
	fail(
		`${(e as Error).message}\nUsage: npm run bank:export -- [--format ${BANK_FORMAT_NAMES.join('|')}] [--bank ID] [--out FILE]`
	);
}

const { format, bank, out } = options;
if (format !== undefined && !isBankFormat(format))
	fail(`Unknown format "${format}": choose one of ${BANK_FORMAT_NAMES.join(', ')}.`);

const db = await startDatabase();
await loadContent(db);
let body: string | Uint8Array;
if (format === undefined) {
	body = JSON.stringify(await exportPublishedItems(db), null, 2) + '\n';
} else {
	const set = await loadInterchangeSet(db, bank);
	if (!set) {
		await closeDatabase();
		fail(`There is no bank "${bank}" being served.`);
	}
	body = BANK_FORMATS[format].write(set, new Date());
}
await closeDatabase();

if (out) writeFileSync(out, body);
else process.stdout.write(body);
