import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCsv } from './read';

const parsed = readCsv(
	readFileSync('tests/fixtures/import/single-best-answer.csv', 'utf8'),
	'sba.csv'
);

describe('the CSV template for single best answer', () => {
	it('reads a row with quoted commas, doubled quotes and a line break', () => {
		const q = parsed.questions[0];
		expect(q.where).toBe('line 2');
		expect(q.spec).toMatchObject({
			type: 'single-best-answer',
			stem: 'A 70-year-old woman, fit, has three\nliver metastases.',
			leadIn: 'Which is the next step?',
			teachingPoint: 'Discuss every case at the MDT.',
			source: { passageIds: [], quote: '' }
		});
		expect(q.spec.options.map((o) => [o.text, o.correct])).toEqual([
			['MDT review', true],
			['Surgery now', false],
			['Watch', false],
			['Chemotherapy', false],
			['Ablation', false]
		]);
		expect(q.spec.options[0].explanation).toBe('Every case goes to the "MDT" first.');
	});

	it('skips a row whose key is not a letter A to E, with its line', () => {
		expect(parsed.skipped).toEqual([
			{ where: 'line 4', name: 'Second question', reason: expect.stringMatching(/"Z"/) }
		]);
	});

	it('names the columns a header lacks', () => {
		expect(() => readCsv('stem,lead_in\nx,y', 'bad.csv')).toThrow(
			/bad\.csv, line 1: the header row lacks option_a/
		);
	});
});
