import { normaliseText, type Passage, type SourceDocument } from '$lib/content/document';
import type { BankSpec, ItemSpec } from '$lib/content/types';
import { percent } from '$lib/format';
import { normaliseAnswer } from '$lib/server/quiz/short-answer';
import { BANK_REQUIREMENTS } from './validate';

/**
 * The item-writing rules a machine can check (the house guide explains the rest). Per-item rules
 * run wherever an item is saved; bank-wide rules measure cueing that only shows across many
 * items, such as how often the key is the longest option.
 */

/** Words that, used loosely, mark a statement as false to a test-wise learner. */
export const ABSOLUTE_WORDS = [
	'always',
	'never',
	'only',
	'all',
	'none',
	'every',
	'must',
	'cannot',
	'completely',
	'entirely',
	'guaranteed',
	'impossible',
	'invariably'
] as const;

const ABSOLUTE = new RegExp(`\\b(${ABSOLUTE_WORDS.join('|')})\\b`, 'gi');

/** A lead-in that asks what the source says rather than what to do. */
export const NAMES_THE_SOURCE = /\b(?:the|this) (?:document|leaflet|source|text|passage|page)\b/i;

/** A lead-in that asks for a decision about the patient in front of the learner. */
export const ASKS_FOR_A_DECISION =
	/\b(?:next|most (?:appropriate|suitable|likely|important)|best|rules? (?:out|against)|recommend|offer|advise|tell|say|explain|expect|priority|first|should|reason)\b/i;

/** Words a vignette needs at least, so that its data can decide the answer. */
export const MIN_VIGNETTE_WORDS = 20;
export const EMQ_MAX_STEMS = 5;
export const MAX_CITED_PASSAGES = 3;

export const LIMITS = {
	/**
	 * Share of single-best-answer items whose key is the longest option: about chance (one in
	 * five) is right. Far more and length gives the key away; far fewer and length rules it out.
	 */
	longestKeyOverall: 0.25,
	longestKeyOverallMin: 0.1,
	longestKeyPerBank: 0.35,
	/** Per-bank limits apply from this many single-best-answer items. */
	longestKeyMinItems: 8,
	namesTheSource: 0.1,
	trueFalse: 0.15
};

/** What the banks must hold beyond their size (`BANK_REQUIREMENTS` sets the sizes). */
export const BALANCE = {
	namedBanks: BANK_REQUIREMENTS.namedBanks,
	minDecisionsPerNamedBank: 20,
	/** Sections of the source whose items count towards a topic's minimum. */
	topics: [
		{ name: 'presentation and diagnosis', sections: ['symptoms', 'diagnosis'], min: 25 },
		{
			name: 'targeted, immuno- and hormone therapy',
			sections: ['targeted-therapy', 'immunotherapy', 'hormone-therapy'],
			min: 15
		}
	],
	minHardNurseItems: 20
};

function absoluteWords(text: string): string[] {
	return [...text.matchAll(ABSOLUTE)].map((m) => m[1].toLowerCase());
}

function wordCount(text: string): number {
	return text.split(/\s+/).filter(Boolean).length;
}

/** The statements an item asks the learner to judge, each with whether it is keyed true. */
function statements(item: ItemSpec): { text: string; keyedTrue: boolean }[] {
	if (item.type === 'true-false')
		return [{ text: item.stem, keyedTrue: item.options[0]?.correct === true }];
	if (item.type === 'extended-matching' || item.type === 'short-answer') return [];
	return item.options.map((o) => ({ text: o.text, keyedTrue: o.correct === true }));
}

/** Whether `part` stands in `text` as whole words. */
function containsWords(text: string, part: string): boolean {
	return ` ${text} `.includes(` ${part} `);
}

/** Words and numbers alike: punctuation around them is no part of the answer. */
function wordsOf(text: string, unit?: string): string {
	return normaliseAnswer(text, unit)
		.replace(/[^\p{L}\p{N}.%' -]+/gu, ' ')
		.replace(/(?<!\d)\.|\.(?!\d)/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

const NUMBERS = /\d+(?:\.\d+)?/g;

/**
 * A short-answer key rests on its quote: the first accepted answer is the fact as the quote
 * states it, and the others may add spellings and abbreviations but no number the quote lacks.
 * The stem must not state an accepted answer itself.
 */
function shortAnswerWritingProblems(item: ItemSpec): string[] {
	const key = item.shortAnswer;
	const [first, ...others] = key?.accepted ?? [];
	if (!key || first === undefined) return [];
	const problems: string[] = [];
	const quote = wordsOf(item.source?.quote ?? '', key.unit);
	const quoted = new Set(quote.match(NUMBERS) ?? []);
	if (!containsWords(quote, wordsOf(first, key.unit)))
		problems.push(`the first accepted answer ("${first}") is not in the quote`);
	for (const answer of [first, ...others])
		for (const n of wordsOf(answer, key.unit).match(NUMBERS) ?? [])
			if (!quoted.has(n))
				problems.push(
					`accepted answer "${answer}" gives the number ${n}, which the quote does not`
				);
	const stem = wordsOf(item.stem, key.unit);
	for (const answer of [first, ...others])
		if (containsWords(stem, wordsOf(answer, key.unit)))
			problems.push(`the stem gives the answer away: it says "${answer}"`);
	return problems;
}

function cited(item: ItemSpec, doc: Pick<SourceDocument, 'passages'>): Passage[] {
	return (item.source?.passageIds ?? []).flatMap((id) => doc.passages.get(id) ?? []);
}

/**
 * The item with the passage its quote comes from cited first, the rest in the order given. The
 * editor's passage list cannot be ordered by hand, so a saved question is put in the order the
 * rule "cite the quoted passage first" asks for; an item whose quote is in no cited passage is
 * returned as it is, for the rules to report.
 */
export function withQuotedPassageFirst(
	item: ItemSpec,
	doc: Pick<SourceDocument, 'passages'>
): ItemSpec {
	const ids = item.source?.passageIds ?? [];
	const quote = normaliseText(item.source?.quote ?? '');
	if (!quote || ids.length < 2) return item;
	const quoted = ids.find((id) => {
		const passage = doc.passages.get(id);
		return passage !== undefined && normaliseText(passage.text).includes(quote);
	});
	if (quoted === undefined || quoted === ids[0]) return item;
	return {
		...item,
		source: { ...item.source, passageIds: [quoted, ...ids.filter((id) => id !== quoted)] }
	};
}

/** The rules one item must meet, with the reason for each one it breaks. */
export function itemWritingProblems(
	item: ItemSpec,
	doc: Pick<SourceDocument, 'passages'>
): string[] {
	const problems: string[] = [];
	if (item.task !== 'recall' && item.task !== 'decision')
		problems.push('say what the item asks of the learner: task "recall" or "decision"');

	if (item.type !== 'true-false' && item.type !== 'short-answer') {
		const kinds = new Set(item.options.map((o) => o.kind?.trim().toLowerCase() ?? ''));
		if (kinds.has(''))
			problems.push('every option needs a kind (a treatment, an investigation, …)');
		else if (kinds.size > 1)
			problems.push(
				`the options mix kinds (${[...kinds].join(', ')}): a distractor of another kind is ruled out without knowledge`
			);
	}

	if (item.type === 'extended-matching' && (item.stems?.length ?? 0) > EMQ_MAX_STEMS)
		problems.push(`an extended-matching set takes at most ${EMQ_MAX_STEMS} scenarios`);

	const passageIds = item.source?.passageIds ?? [];
	if (passageIds.length > MAX_CITED_PASSAGES)
		problems.push(
			`cite only the passages the item rests on: at most ${MAX_CITED_PASSAGES}, not ${passageIds.length}`
		);
	const primary = doc.passages.get(passageIds[0] ?? '');
	const quote = normaliseText(item.source?.quote ?? '');
	if (primary && quote && !normaliseText(primary.text).includes(quote))
		problems.push(`cite the quoted passage first: the quote is not in ${primary.id}`);

	const sourceText = cited(item, doc)
		.map((p) => p.text)
		.join(' ');
	const sourceWords = new Set(absoluteWords(sourceText));
	for (const { text } of statements(item))
		for (const word of new Set(absoluteWords(text)))
			if (!sourceWords.has(word))
				problems.push(
					`"${word}" is an absolute word the cited passage does not use: "${text.slice(0, 80)}"`
				);

	if (item.type !== 'true-false') {
		const keyed = statements(item).filter((s) => s.keyedTrue);
		const distractors = statements(item).filter((s) => !s.keyedTrue);
		const inDistractors = distractors.some((s) => absoluteWords(s.text).length);
		const inKey = keyed.some((s) => absoluteWords(s.text).length);
		if (inDistractors && !inKey)
			problems.push('absolute words appear in distractors only, which marks them as wrong');
	}

	if (item.type === 'short-answer') problems.push(...shortAnswerWritingProblems(item));

	if (item.task === 'decision') {
		if (item.type === 'true-false' || item.type === 'short-answer')
			problems.push(
				`a decision is asked as a single best answer or matching item, not ${item.type === 'true-false' ? 'true/false' : 'short answer'}`
			);
		const vignettes =
			item.type === 'extended-matching' ? (item.stems ?? []).map((s) => s.text) : [item.stem];
		const minWords =
			item.type === 'extended-matching' ? MIN_VIGNETTE_WORDS / 2 : MIN_VIGNETTE_WORDS;
		if (vignettes.some((v) => wordCount(v) < minWords))
			problems.push(
				`a decision item needs a vignette whose data decide the answer (at least ${minWords} words)`
			);
		if (!ASKS_FOR_A_DECISION.test(item.leadIn))
			problems.push(
				'the lead-in of a decision item asks for a decision: the next step, the most suitable option, what to tell the patient'
			);
	}
	return problems;
}

export function keyIsLongest(item: ItemSpec): boolean {
	const key = item.options.find((o) => o.correct);
	if (item.type !== 'single-best-answer' || !key) return false;
	const length = (text: string) => normaliseText(text).length;
	return item.options.every((o) => o === key || length(o.text) < length(key.text));
}

export interface Share {
	count: number;
	of: number;
	share: number;
}

function share(count: number, of: number): Share {
	return { count, of, share: of ? count / of : 0 };
}

export interface BankFigures {
	bankId: string;
	items: number;
	decisions: number;
	longestKey: Share;
	namesTheSource: Share;
	trueFalse: Share;
	hardNurseItems: number;
}

export interface CueingReport {
	banks: BankFigures[];
	overall: Omit<BankFigures, 'bankId'>;
	/** Statements (options, true/false stems) carrying an absolute word, by how they are keyed. */
	absoluteWords: { keyedTrue: number; keyedFalse: number };
	topics: { name: string; items: number; min: number }[];
	/** Items per learning objective. */
	objectives: { objective: string; items: string[] }[];
	duplicates: { itemIds: string[]; quote: string; key: string }[];
	problems: string[];
}

function figures(items: ItemSpec[]): Omit<BankFigures, 'bankId'> {
	const sbas = items.filter((i) => i.type === 'single-best-answer');
	return {
		items: items.length,
		decisions: items.filter((i) => i.task === 'decision').length,
		longestKey: share(sbas.filter(keyIsLongest).length, sbas.length),
		namesTheSource: share(
			items.filter((i) => NAMES_THE_SOURCE.test(i.leadIn)).length,
			items.length
		),
		trueFalse: share(items.filter((i) => i.type === 'true-false').length, items.length),
		hardNurseItems: items.filter((i) => i.difficulty === 'hard' && i.audiences.includes('nurse'))
			.length
	};
}

/** The key as text, to find two items that test the same fact the same way. */
function keyText(item: ItemSpec): string {
	if (item.type === 'short-answer')
		return (item.shortAnswer?.accepted ?? [])
			.map((a) => normaliseAnswer(a, item.shortAnswer?.unit))
			.sort()
			.join(' | ');
	if (item.type === 'extended-matching')
		return (item.stems ?? [])
			.map((s) => item.options[s.answer]?.text ?? '')
			.sort()
			.join(' | ');
	if (item.type === 'true-false')
		return `${item.stem} — ${item.options[0]?.correct ? 'true' : 'false'}`;
	return item.options
		.filter((o) => o.correct)
		.map((o) => o.text)
		.sort()
		.join(' | ');
}

const shareText = (s: Share) => `${percent(s.share)} (${s.count} of ${s.of})`;

/** The bank-wide rules: cueing figures, balance of the banks, and duplicated tests of one fact. */
export function cueingReport(
	banks: BankSpec[],
	doc: SourceDocument,
	balance = BALANCE
): CueingReport {
	const all = banks.flatMap((b) => b.items);
	const problems: string[] = [];
	const perBank = banks.map((b) => ({ bankId: b.id, ...figures(b.items) }));
	const overall = figures(all);

	if (overall.longestKey.share > LIMITS.longestKeyOverall)
		problems.push(
			`the key is the longest option in ${shareText(overall.longestKey)} of single-best-answer items; at most ${LIMITS.longestKeyOverall * 100}%`
		);
	if (overall.longestKey.of && overall.longestKey.share < LIMITS.longestKeyOverallMin)
		problems.push(
			`the key is the longest option in only ${shareText(overall.longestKey)} of single-best-answer items; at least ${LIMITS.longestKeyOverallMin * 100}%, or length rules the longest option out`
		);
	if (overall.namesTheSource.share > LIMITS.namesTheSource)
		problems.push(
			`${shareText(overall.namesTheSource)} of lead-ins name the document; at most ${LIMITS.namesTheSource * 100}%`
		);
	if (overall.trueFalse.share > LIMITS.trueFalse)
		problems.push(
			`true/false items are ${shareText(overall.trueFalse)} of all items; at most ${LIMITS.trueFalse * 100}%`
		);
	for (const bank of perBank) {
		if (
			bank.longestKey.of >= LIMITS.longestKeyMinItems &&
			bank.longestKey.share > LIMITS.longestKeyPerBank
		)
			problems.push(
				`bank "${bank.bankId}": the key is the longest option in ${shareText(bank.longestKey)} of single-best-answer items; at most ${LIMITS.longestKeyPerBank * 100}%`
			);
		if (bank.trueFalse.share > LIMITS.trueFalse)
			problems.push(
				`bank "${bank.bankId}": true/false items are ${shareText(bank.trueFalse)}; at most ${LIMITS.trueFalse * 100}%`
			);
	}

	const absolute = { keyedTrue: 0, keyedFalse: 0 };
	for (const item of all.filter((i) => i.type === 'true-false'))
		for (const s of statements(item))
			if (absoluteWords(s.text).length) absolute[s.keyedTrue ? 'keyedTrue' : 'keyedFalse'] += 1;
	if (absolute.keyedFalse > absolute.keyedTrue)
		problems.push(
			`absolute words mark false statements: ${absolute.keyedFalse} false-keyed true/false statements carry one, and only ${absolute.keyedTrue} true-keyed ones`
		);

	for (const id of balance.namedBanks) {
		const bank = perBank.find((b) => b.bankId === id);
		if (bank && bank.decisions < balance.minDecisionsPerNamedBank)
			problems.push(
				`bank "${id}" has ${bank.decisions} decision items; at least ${balance.minDecisionsPerNamedBank} are needed`
			);
	}
	// An item counts towards the topic of the passage it quotes, the first it cites.
	const sectionOf = (item: ItemSpec) =>
		doc.passages.get(item.source?.passageIds?.[0] ?? '')?.sectionId ?? '';
	const topics = balance.topics.map((topic) => ({
		name: topic.name,
		min: topic.min,
		items: all.filter((i) => topic.sections.includes(sectionOf(i))).length
	}));
	for (const t of topics)
		if (t.items < t.min)
			problems.push(`${t.items} items cover ${t.name}; at least ${t.min} are needed`);
	if (overall.hardNurseItems < balance.minHardNurseItems)
		problems.push(
			`there are ${overall.hardNurseItems} hard items for nurses; at least ${balance.minHardNurseItems} are needed`
		);

	const byTest = new Map<string, string[]>();
	for (const item of all) {
		const test = `${normaliseText(item.source?.quote ?? '').toLowerCase()}\n${normaliseText(keyText(item)).toLowerCase()}`;
		byTest.set(test, [...(byTest.get(test) ?? []), item.id]);
	}
	const duplicates = [...byTest]
		.filter(([, ids]) => ids.length > 1)
		.map(([test, itemIds]) => {
			const [quote, key] = test.split('\n');
			return { itemIds, quote, key };
		});
	for (const d of duplicates)
		problems.push(
			`${d.itemIds.join(' and ')} test the same fact the same way (same quote and key)`
		);

	const objectives = new Map<string, string[]>();
	for (const item of all)
		objectives.set(item.objective, [...(objectives.get(item.objective) ?? []), item.id]);

	return {
		banks: perBank,
		overall,
		absoluteWords: absolute,
		topics,
		objectives: [...objectives].map(([objective, items]) => ({ objective, items })),
		duplicates,
		problems
	};
}
