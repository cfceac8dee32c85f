import { optionLetter } from '$lib/quiz';
import { toCsv, type Cell } from '$lib/server/export/csv';
import type { ItemAnalysisRow } from './item-rows';
import type { ModuleReliability } from './items';

const letters = (indexes: number[]) => indexes.map(optionLetter).join(' ');

type Shares = ItemAnalysisRow['optionShares'][number];

/**
 * Every figure of the item table, unrounded: one row per item, and after an extended-matching
 * item one row per scenario with its option shares. Shares are fractions of the item's answers.
 */
export function itemStatisticsCsv(rows: ItemAnalysisRow[]): string {
	const width = Math.max(0, ...rows.flatMap((r) => r.optionShares.map((s) => s.options.length)));
	const shareColumns = Array.from({ length: width }, (_, i) => `Share ${optionLetter(i)}`);
	const header = [
		'Item',
		'Version',
		'Bank',
		'Type',
		'Scenario',
		'Text',
		'Answers',
		'Facility',
		'Point-biserial r',
		'Upper-lower D',
		'Too hard',
		'Too easy',
		'Weak discrimination',
		'Small sample',
		'Non-functioning distractors',
		'Stated difficulty',
		'Measured difficulty',
		'Open reports',
		'Key',
		'Blank',
		...shareColumns
	];
	const line = (values: Record<string, Cell>) => header.map((h) => values[h] ?? null);
	const shares = (s: Shares): Record<string, Cell> => ({
		Key: letters(s.options.flatMap((o, i) => (o.correct ? [i] : []))),
		Blank: s.scenario ? s.blank : null,
		...Object.fromEntries(s.options.map((o, i) => [shareColumns[i], o.share]))
	});
	const body = rows.flatMap((r) => {
		const item = { Item: r.itemId, Version: r.version, Bank: r.bankTitle, Type: r.type };
		const choice = r.optionShares.find((s) => s.scenario === null);
		return [
			line({
				...item,
				Text: r.stem,
				Answers: r.n,
				Facility: r.facility,
				'Point-biserial r': r.pointBiserial,
				'Upper-lower D': r.upperLower,
				'Too hard': r.flags.tooHard,
				'Too easy': r.flags.tooEasy,
				'Weak discrimination': r.flags.weakDiscrimination,
				'Small sample': r.flags.smallSample,
				'Non-functioning distractors': letters(r.flags.nonFunctioningDistractors),
				'Stated difficulty': r.difficulty.stated,
				'Measured difficulty': r.difficulty.measured ?? '',
				'Open reports': r.openReports,
				...(choice ? shares(choice) : {})
			}),
			...r.optionShares.flatMap((s) =>
				s.scenario
					? [line({ ...item, Scenario: s.scenario.number, Text: s.scenario.text, ...shares(s) })]
					: []
			)
		];
	});
	return toCsv(header, body);
}

/** Every figure of the module table, unrounded. */
export function moduleReliabilityCsv(modules: ModuleReliability[]): string {
	return toCsv(
		[
			'Cohort',
			'Module',
			'Attempts',
			'Questions',
			'Mean %',
			'SD %',
			'Mean marks',
			'SD marks',
			'KR-20',
			'SEM marks',
			'SEM %'
		],
		modules.map((m) => [
			m.cohortName,
			m.title,
			m.attempts,
			m.questions,
			m.meanPercent,
			m.sdPercent,
			m.meanMarks,
			m.sdMarks,
			m.kr20,
			m.semMarks,
			m.semPercent
		])
	);
}
