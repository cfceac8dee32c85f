import { banks, loadSourceDocument } from '../src/lib/content';
import { checkBankSizes, validateBanks } from '../src/lib/server/bank/validate';
import { ITEM_TYPES } from '../src/lib/content/types';

const doc = loadSourceDocument();
const report = validateBanks(banks, doc);
const sizeProblems = checkBankSizes(banks);

console.log(`Source: ${doc.title} (version ${doc.version}), ${doc.passages.size} passages\n`);
console.log('Coverage: each passage and the items that cite it');
for (const row of report.coverage) {
	const mark = row.examinable ? '' : ' (non-examinable)';
	console.log(`  ${row.passageId}${mark}: ${row.itemIds.length ? row.itemIds.join(', ') : '-'}`);
}

console.log('\nItems by bank and type');
for (const bank of banks) {
	const byType = ITEM_TYPES.map((t) => `${t} ${bank.items.filter((i) => i.type === t).length}`);
	console.log(`  ${bank.id}: ${bank.items.length} (${byType.join(', ')})`);
}
console.log(`  total: ${banks.reduce((n, b) => n + b.items.length, 0)}`);

let failed = false;
if (report.uncovered.length) {
	failed = true;
	console.error(`\nExaminable passages no item cites: ${report.uncovered.join(', ')}`);
}
for (const p of report.problems) {
	failed = true;
	console.error(`src/lib/content/banks/${p.bankId}.ts: ${p.itemId}: ${p.message}`);
}
for (const message of sizeProblems) {
	failed = true;
	console.error(`banks: ${message}`);
}
if (failed) {
	console.error('\nbank:check failed');
	process.exit(1);
}
console.log('\nbank:check passed: every item valid, every examinable passage covered');
