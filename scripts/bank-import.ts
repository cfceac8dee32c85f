// Imports questions from a Moodle XML, GIFT, QTI 3.0 package or CSV file as drafts:
// npm run bank:import -- FILE --bank ID [--bank-per-category] [--as EMAIL] [--yes]. Without --yes it
// prints the preview (questions to be drafted, those skipped and why, item-writing problems, and
// with --bank-per-category the bank each category goes into) and writes nothing.
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { closeDatabase, startDatabase } from '../src/lib/server/db';
import { banks, users } from '../src/lib/server/db/schema';
import { canAuthorBank } from '../src/lib/server/authoring/access';
import { loadContent } from '../src/lib/server/bank/sync';
import { ImportFileError, IMPORT_FORMAT_LABELS } from '../src/lib/server/interchange/import/model';
import { confirmImport, createImportPreview } from '../src/lib/server/interchange/import/preview';
import {
	IMPORT_MAX_BYTES,
	IMPORT_MAX_LABEL,
	readImportFile
} from '../src/lib/server/interchange/import/read';

const USAGE = `Usage: npm run bank:import -- FILE --bank ID [--bank-per-category] [--as EMAIL] [--yes]
  --bank ID            the bank to import into (with --bank-per-category: questions without a category)
  --bank-per-category  each Moodle XML or GIFT category into a bank of its own, titled by its path
                       ("Liver › Ablation"): the author's bank of that title, or a new one they own
  --as EMAIL           the educator the drafts are written as (default: the first administrator)
  --yes                draft the questions; without it the preview is printed and nothing written`;

function fail(message: string): never {
	process.stderr.write(`${message}\n`);
	process.exit(1);
}

let parsedArgs: ReturnType<typeof parse>;
function parse() {
	return parseArgs({
		allowPositionals: true,
		options: {
			bank: { type: 'string' },
			'bank-per-category': { type: 'boolean', default: false },
			as: { type: 'string' },
			yes: { type: 'boolean', default: false }
		}
	});
}
try {
	parsedArgs = parse();
} catch (e) {
	fail(`${(e as Error).message}\n${USAGE}`);
}
const [path] = parsedArgs.positionals;
const { bank: bankId, as, yes, 'bank-per-category': bankPerCategory } = parsedArgs.values;
if (!path) fail(USAGE);
if (!bankId) fail(`Name the bank to import into with --bank ID.\n${USAGE}`);

let size: number;
try {
	size = statSync(path).size;
} catch {
	fail(`There is no file ${path}.`);
}
if (size > IMPORT_MAX_BYTES)
	fail(`${path} is larger than ${IMPORT_MAX_LABEL}; split the questions into smaller files.`);

let parsed: ReturnType<typeof readImportFile>;
try {
	parsed = readImportFile(basename(path), readFileSync(path));
} catch (e) {
	if (e instanceof ImportFileError) fail(e.message);
	throw e;
}

const db = await startDatabase();
await loadContent(db);
const [bank] = await db.select().from(banks).where(eq(banks.id, bankId)).limit(1);
if (!bank) fail(`There is no bank "${bankId}".`);
// Drafts record who wrote them: the educator named, or the first administrator.
const [author] = await db
	.select()
	.from(users)
	.where(as ? eq(users.email, as.toLowerCase()) : eq(users.role, 'admin'))
	.limit(1);
if (!author)
	fail(
		as
			? `No account has the email ${as}.`
			: 'Create an administrator first, or name an educator with --as EMAIL.'
	);
if (!(await canAuthorBank(db, author, bank)))
	fail(`${author.email} may not write questions in ${bank.id}.`);

const { token, data } = await createImportPreview(db, author, bank.id, basename(path), parsed, {
	bankPerCategory
});
const targets = data.targets ?? [];
const counts = targets.map((_, n) => data.questions.filter((q) => q.target === n).length);
const out: string[] = [
	`${basename(path)} (${IMPORT_FORMAT_LABELS[data.format]}) into ${bank.title}${bankPerCategory ? ' and a bank per category' : ''}: ${data.questions.length} to draft, ${data.skipped.length} skipped.`
];
if (bankPerCategory)
	targets.forEach((t, n) => {
		if (!counts[n]) return;
		const state = t.bankId ? `existing bank ${t.bankId}` : 'new bank';
		out.push(
			`Into "${t.title}" (${state}): ${counts[n]} ${counts[n] === 1 ? 'question' : 'questions'}`
		);
	});
for (const s of data.skipped) out.push(`Skipped ${s.where}, "${s.name}": ${s.reason}`);
for (const q of data.questions) {
	const target = bankPerCategory ? ` into "${targets[q.target ?? 0].title}"` : '';
	out.push(`${q.where}, "${q.name}" (${q.spec.type})${target}`);
	for (const note of q.notes) out.push(`  changed: ${note}`);
	for (const problem of q.problems) out.push(`  to fix: ${problem}`);
}
process.stdout.write(out.join('\n') + '\n');

if (!yes) {
	process.stdout.write('Nothing written. Run again with --yes to draft these questions.\n');
} else {
	const result = await confirmImport(db, author, token, (done, total) => {
		if (done % 50 === 0 || done === total) process.stderr.write(`Drafted ${done} of ${total}\n`);
	});
	if (result.banks.length === 0) process.stdout.write('Drafted no questions.\n');
	for (const made of result.banks)
		process.stdout.write(
			`Drafted ${made.questions} ${made.questions === 1 ? 'question' : 'questions'} in ${made.id}${made.created ? `, a new bank titled "${made.title}"` : ''}.\n`
		);
}
await closeDatabase();
