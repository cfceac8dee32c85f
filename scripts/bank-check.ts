import { banks, loadClinicalReview, loadSourceDocument } from '../src/lib/content';
import { reviewProblems } from '../src/lib/content/review';
import { checkBankSizes, validateBanks } from '../src/lib/server/bank/validate';
import { cueingReport, itemWritingProblems, LIMITS } from '../src/lib/server/bank/item-writing';
import { ITEM_TYPES } from '../src/lib/content/types';
import { percent } from '../src/lib/format';

const doc = loadSourceDocument();
const report = validateBanks(banks, doc);
const sizeProblems = checkBankSizes(banks);
const cueing = cueingReport(banks, doc);
const review = loadClinicalReview();
const pct = (share: number) => percent(share).padStart(4);

console.log(`Source: ${doc.title} (version ${doc.version}), ${doc.passages.size} passages\n`);
console.log('Coverage: each passage and the items that cite it');
for (const row of report.coverage) {
	const mark = row.examinable ? '' : ' (non-examinable)';
	console.log(
		`  ${row.passageId}${mark}: ${row.itemIds.length} ${row.itemIds.length ? `(${row.itemIds.join(', ')})` : ''}`
	);
}

console.log('\nCoverage: each learning objective and its items');
for (const row of cueing.objectives) console.log(`  ${row.items.length}  ${row.objective}`);

console.log('\nItems by bank and type');
for (const bank of banks) {
	const byType = ITEM_TYPES.map((t) => `${t} ${bank.items.filter((i) => i.type === t).length}`);
	console.log(`  ${bank.id}: ${bank.items.length} (${byType.join(', ')})`);
}
console.log(`  total: ${banks.reduce((n, b) => n + b.items.length, 0)}`);

console.log(
	`\nCueing and balance (limits: key longest ≤ ${pct(LIMITS.longestKeyOverall)} overall and ≤ ${pct(LIMITS.longestKeyPerBank)} a bank;` +
		` lead-ins naming the document ≤ ${pct(LIMITS.namesTheSource)}; true/false ≤ ${pct(LIMITS.trueFalse)})`
);
console.log(
	'  bank                 items decisions  key longest  names source  true/false  hard nurse'
);
for (const f of [...cueing.banks, { bankId: 'all', ...cueing.overall }])
	console.log(
		`  ${f.bankId.padEnd(20)} ${String(f.items).padStart(5)} ${String(f.decisions).padStart(9)}` +
			`  ${pct(f.longestKey.share)} (${f.longestKey.count}/${f.longestKey.of})`.padEnd(14) +
			`  ${pct(f.namesTheSource.share)}`.padEnd(14) +
			`  ${pct(f.trueFalse.share)}`.padEnd(12) +
			`  ${f.hardNurseItems}`
	);
for (const t of cueing.topics) console.log(`  ${t.name}: ${t.items} items (at least ${t.min})`);
console.log(
	`  true/false statements with an absolute word: ${cueing.absoluteWords.keyedTrue} keyed true, ${cueing.absoluteWords.keyedFalse} keyed false`
);

const flagged = Object.entries(review.passages).filter(([, r]) => r.verdict !== 'accurate');
console.log(
	`\nClinical review (${review.reviewedOn}): ${flagged.length} passages simplify or err; items must not key their claims`
);
for (const [id, r] of flagged)
	console.log(
		`  ${id} (${r.verdict}): ${(report.coverage.find((c) => c.passageId === id)?.itemIds ?? []).length} items cite it`
	);

let failed = false;
for (const message of reviewProblems(review, doc)) {
	failed = true;
	console.error(`clinical review: ${message}`);
}
if (report.uncovered.length) {
	failed = true;
	console.error(`\nExaminable passages no item cites: ${report.uncovered.join(', ')}`);
}
for (const p of report.problems) {
	failed = true;
	console.error(`src/lib/content/banks/${p.bankId}.ts: ${p.itemId}: ${p.message}`);
}
for (const bank of banks)
	for (const item of bank.items)
		for (const message of itemWritingProblems(item, doc)) {
			failed = true;
			console.error(`src/lib/content/banks/${bank.id}.ts: ${item.id}: ${message}`);
		}
for (const message of [...sizeProblems, ...cueing.problems]) {
	failed = true;
	console.error(`banks: ${message}`);
}
if (failed) {
	console.error('\nbank:check failed');
	process.exit(1);
}
console.log('\nbank:check passed: every item valid, every examinable passage covered');
