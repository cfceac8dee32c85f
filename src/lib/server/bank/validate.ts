import { normaliseText, type SourceDocument } from '$lib/content/document';
import { CLOZE_BLANK, ITEM_TYPES, type BankSpec, type ItemSpec } from '$lib/content/types';
import { normaliseAnswer } from '$lib/server/quiz/short-answer';

export interface BankProblem {
	bankId: string;
	itemId: string;
	message: string;
}

export interface CoverageRow {
	passageId: string;
	examinable: boolean;
	itemIds: string[];
}

export interface BankReport {
	problems: BankProblem[];
	coverage: CoverageRow[];
	/** Examinable passages that no item cites. */
	uncovered: string[];
}

const ALL_OR_NONE = /\b(all|none|both|neither) of the (above|options|answers)\b/i;
const NEGATIVE_LEAD_IN = /\b(not|except|least)\b/i;
const SBA_OPTION_COUNT = 5;
const EMQ_MIN_OPTIONS = 8;
const EMQ_MIN_STEMS = 2;
const MR_MIN_OPTIONS = 4;

function blank(text: string | undefined): boolean {
	return !text || !text.trim();
}

/** How many cloze blanks (`____`) a text holds. */
export function blanksIn(text: string): number {
	return text.split(new RegExp(CLOZE_BLANK.source)).length - 1;
}

function shortAnswerProblems(item: ItemSpec): string[] {
	const problems: string[] = [];
	if ((item.options ?? []).length)
		problems.push('a short-answer item has no options: its key is the accepted answers');
	const key = item.shortAnswer;
	if (!key) return [...problems, 'a short-answer item needs its accepted answers'];
	const accepted = key.accepted ?? [];
	if (!accepted.length) problems.push('a short-answer item needs at least one accepted answer');
	const seen = new Set<string>();
	accepted.forEach((answer, index) => {
		const normal = normaliseAnswer(answer ?? '', key.unit);
		if (!normal) problems.push(`accepted answer ${index + 1} is empty`);
		else if (seen.has(normal))
			problems.push(
				`accepted answer ${index + 1} ("${answer}") is the same as another once normalised`
			);
		seen.add(normal);
	});
	if (key.unit !== undefined && blank(key.unit))
		problems.push('the unit is empty: leave it out when the answer has none');
	if (blank(key.explanation)) problems.push('the accepted answers have no explanation');
	const blanks = blanksIn(item.stem ?? '');
	if (blanks > 1) problems.push(`a cloze stem holds one blank (____), not ${blanks}`);
	if (blanksIn(item.leadIn ?? ''))
		problems.push('the blank (____) goes in the stem, not the lead-in');
	if (!blanks && !/\?\s*$/.test(item.leadIn ?? ''))
		problems.push(
			'a short-answer item either blanks one fact in the stem (____) or asks a question in its lead-in'
		);
	return problems;
}

function checkItem(item: ItemSpec, doc: Pick<SourceDocument, 'passages'>): string[] {
	const problems: string[] = [];
	const options = item.options ?? [];
	const correctCount = options.filter((o) => o.correct === true).length;

	if (blank(item.stem)) problems.push('the stem is empty');
	if (blank(item.leadIn)) problems.push('the lead-in is empty');
	if (blank(item.teachingPoint)) problems.push('the teaching point is missing');
	if (blank(item.objective)) problems.push('the learning objective is missing');
	if (!item.audiences?.length) problems.push('no audience is given (doctor, nurse)');

	const seen = new Set<string>();
	options.forEach((option, index) => {
		// Stryker disable next-line MethodExpression: upper or lower case, the same options compare equal
		const key = normaliseText(option.text ?? '').toLowerCase();
		if (!key) problems.push(`option ${index + 1} is empty`);
		else if (seen.has(key))
			problems.push(`option ${index + 1} duplicates another option ("${option.text}")`);
		seen.add(key);
		// Stryker disable next-line StringLiteral: a missing text is reported as empty, and no stand-in text reads as "all of the above"
		if (ALL_OR_NONE.test(option.text ?? ''))
			problems.push(`option ${index + 1} uses "all/none of the above"`);
		if (blank(option.explanation)) problems.push(`option ${index + 1} has no explanation`);
	});

	// Stryker disable next-line StringLiteral: only a negative word could change the verdict, and neither stand-in text holds one
	const leadIn = (item.leadIn ?? '').replace(/\bnot at all\b/gi, '');
	if (NEGATIVE_LEAD_IN.test(leadIn) && !item.deliberateNegative)
		problems.push(
			'the lead-in is negatively worded ("NOT", "EXCEPT"); reword it or mark it deliberateNegative'
		);

	switch (item.type) {
		case 'single-best-answer':
			if (options.length !== SBA_OPTION_COUNT)
				problems.push(`a single-best-answer item needs exactly 5 options, not ${options.length}`);
			if (correctCount !== 1)
				problems.push(
					`a single-best-answer item needs exactly one correct option, not ${correctCount}`
				);
			break;
		case 'multiple-response':
			if (options.length < MR_MIN_OPTIONS)
				problems.push(`a multiple-response item needs at least ${MR_MIN_OPTIONS} options`);
			if (correctCount < 1)
				problems.push('a multiple-response item needs at least one correct option');
			if (correctCount === options.length)
				problems.push('a multiple-response item needs at least one incorrect option');
			break;
		case 'true-false': {
			const texts = options.map((o) => o.text).join('/');
			if (texts !== 'True/False')
				problems.push('a true/false item has the options "True" then "False"');
			if (correctCount !== 1) problems.push('a true/false item needs exactly one correct option');
			break;
		}
		case 'extended-matching': {
			const stems = item.stems ?? [];
			if (options.length < EMQ_MIN_OPTIONS)
				problems.push(`an extended-matching item needs at least ${EMQ_MIN_OPTIONS} options`);
			if (stems.length < EMQ_MIN_STEMS)
				problems.push(`an extended-matching item needs at least ${EMQ_MIN_STEMS} stems`);
			if (options.some((o) => o.correct !== undefined))
				problems.push(
					'extended-matching options take no "correct" flag: each stem names its answer'
				);
			const stemIds = new Set<string>();
			for (const stem of stems) {
				if (stemIds.has(stem.id)) problems.push(`stem "${stem.id}" is duplicated`);
				stemIds.add(stem.id);
				if (blank(stem.text)) problems.push(`stem "${stem.id}" is empty`);
				if (blank(stem.explanation)) problems.push(`stem "${stem.id}" has no explanation`);
				if (!Number.isInteger(stem.answer) || stem.answer < 0 || stem.answer >= options.length)
					problems.push(`stem "${stem.id}" points at option ${stem.answer}, which does not exist`);
			}
			break;
		}
		case 'short-answer':
			problems.push(...shortAnswerProblems(item));
			break;
		default:
			problems.push(`unknown item type "${String((item as ItemSpec).type)}"`);
	}
	if (item.type !== 'short-answer' && item.shortAnswer)
		problems.push('only short-answer items have accepted answers');
	if (item.type !== 'extended-matching' && item.stems?.length)
		problems.push('only extended-matching items have stems');

	const passageIds = item.source?.passageIds ?? [];
	if (!passageIds.length) problems.push('the source cites no passage');
	const cited = passageIds.map((id) => doc.passages.get(id));
	passageIds.forEach((id, i) => {
		if (!cited[i]) problems.push(`the source cites unknown passage "${id}"`);
		// Each cited passage is one link on the page, keyed by its id.
		if (passageIds.indexOf(id) !== i) problems.push(`the source cites passage "${id}" twice`);
	});
	const quote = normaliseText(item.source?.quote ?? '');
	if (!quote) problems.push('the source quote is empty');
	else if (!cited.some((p) => p && normaliseText(p.text).includes(quote)))
		problems.push(
			`the quote is not found verbatim in ${passageIds.join(', ') || 'any passage'}: "${item.source.quote}"`
		);
	return problems;
}

/** The structural rules and the citation check for one item, with a reason for each break. */
export function itemProblems(item: ItemSpec, doc: Pick<SourceDocument, 'passages'>): string[] {
	return checkItem(item, doc);
}

/** Checks every item of every bank against the rules and the source document. */
export function validateBanks(banks: BankSpec[], doc: SourceDocument): BankReport {
	const problems: BankProblem[] = [];
	const ids = new Set<string>();
	const citing = new Map<string, string[]>();

	for (const bank of banks) {
		for (const item of bank.items) {
			if (ids.has(item.id))
				problems.push({ bankId: bank.id, itemId: item.id, message: 'the item id is used twice' });
			ids.add(item.id);
			for (const message of checkItem(item, doc))
				problems.push({ bankId: bank.id, itemId: item.id, message });
			// Stryker disable next-line ArrayDeclaration: coverage lists the document's passages, so a made-up id cited by nothing shows nowhere
			for (const passageId of item.source?.passageIds ?? []) {
				citing.set(passageId, [...(citing.get(passageId) ?? []), item.id]);
			}
		}
	}

	const coverage: CoverageRow[] = [...doc.passages.values()].map((p) => ({
		passageId: p.id,
		examinable: p.examinable,
		itemIds: citing.get(p.id) ?? []
	}));
	const uncovered = coverage
		.filter((c) => c.examinable && !c.itemIds.length)
		.map((c) => c.passageId);
	return { problems, coverage, uncovered };
}

export interface BankRequirements {
	/** Banks that must each hold every item type and a minimum number of items. */
	namedBanks: string[];
	minItemsPerNamedBank: number;
	minMatchingSetsPerNamedBank: number;
	minItemsInAll: number;
}

export const BANK_REQUIREMENTS: BankRequirements = {
	namedBanks: ['ablation', 'embolisation', 'surgery'],
	minItemsPerNamedBank: 45,
	minMatchingSetsPerNamedBank: 2,
	minItemsInAll: 250
};

/** Checks that the banks are large and varied enough to examine the document. */
export function checkBankSizes(banks: BankSpec[], rules = BANK_REQUIREMENTS): string[] {
	const problems: string[] = [];
	const total = banks.reduce((n, b) => n + b.items.length, 0);
	if (total < rules.minItemsInAll)
		problems.push(`there are ${total} items in all; at least ${rules.minItemsInAll} are needed`);
	for (const id of rules.namedBanks) {
		const bank = banks.find((b) => b.id === id);
		if (!bank) {
			problems.push(`the bank "${id}" is missing`);
			continue;
		}
		if (bank.items.length < rules.minItemsPerNamedBank)
			problems.push(
				`bank "${id}" has ${bank.items.length} items; at least ${rules.minItemsPerNamedBank} are needed`
			);
		for (const type of ITEM_TYPES) {
			if (!bank.items.some((i) => i.type === type))
				problems.push(`bank "${id}" has no ${type} item`);
		}
		const sets = bank.items.filter((i) => i.type === 'extended-matching').length;
		if (sets < rules.minMatchingSetsPerNamedBank)
			problems.push(
				`bank "${id}" has ${sets} extended-matching sets; at least ${rules.minMatchingSetsPerNamedBank} are needed`
			);
	}
	return problems;
}
