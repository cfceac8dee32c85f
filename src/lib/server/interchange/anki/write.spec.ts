import { describe, expect, it } from 'vitest';
import { AWKWARD, AWKWARD_SET } from '$lib/server/testing/interchange';
import { htmlToText } from '$lib/server/testing/markup';
import type { ReviewDeck } from './deck';
import { writeAnkiDeck } from './write';

const items = AWKWARD_SET.banks[0].items;
const deck: ReviewDeck = {
	documents: AWKWARD_SET.documents,
	cards: items.map((item, n) => ({ item, reasons: n === 0 ? ['due', 'missed'] : ['missed'] }))
};
const text = writeAnkiDeck(deck);
const lines = text.trimEnd().split('\n');
const header = lines.filter((l) => l.startsWith('#'));
const notes = lines.filter((l) => !l.startsWith('#')).map((l) => l.split('\t'));
const note = (id: string) => notes.find((n) => n[3] === `liver-quiz:${id}`)!;
const visible = (html: string) =>
	htmlToText(html.replace(/<\/?(li|ol|ul|blockquote)[^>]*>/g, '\n'));

describe('Anki deck', () => {
	it('declares a tab-separated HTML file with its columns, tags and note ids', () => {
		expect(header).toEqual([
			'#separator:tab',
			'#html:true',
			'#notetype:Basic',
			'#deck:Liver Metastases Trainer',
			'#columns:Front\tBack\tTags\tGUID',
			'#tags column:3',
			'#guid column:4'
		]);
	});

	it('writes one note a line, four fields each, none opening with a quote', () => {
		expect(notes).toHaveLength(items.length);
		for (const fields of notes) {
			expect(fields).toHaveLength(4);
			for (const f of fields) expect(f.startsWith('"')).toBe(false);
		}
	});

	it('puts stem and options on the front, escaped so they read back as written', () => {
		const [front] = note('odd-single');
		expect(front).not.toContain('<b>x</b>');
		const shown = visible(front);
		expect(shown).toContain(`Stem ${AWKWARD}`);
		expect(shown).toContain(`Five ${AWKWARD}`);
		expect(shown).not.toContain('Because');
	});

	it('puts the key, explanations, teaching point and source quote on the back', () => {
		const back = visible(note('odd-single')[1]);
		expect(back).toContain(`Answer: E. Five ${AWKWARD}`);
		expect(back).toContain(`E (correct): Because 4 ${AWKWARD}`);
		expect(back).toContain(`Teaching point: Teach ${AWKWARD}`);
		expect(back).toContain(`Quote ${AWKWARD}`);
		expect(back).toContain('Ward & "safety" (ward), passages checks-1, checks-2');
		expect(visible(note('odd-true-false')[1])).toContain('Answer: False');
		const matching = visible(note('odd-matching')[1]);
		expect(matching).toContain(`Scenario ${AWKWARD} → C. Odd ${AWKWARD}`);
		expect(matching).toContain('Before a dose → A. Wristband');
	});

	it('tags each note with its bank, difficulty and why it is in the deck', () => {
		expect(note('odd-single')[2]).toBe('odd hard review:due review:missed');
		expect(note('odd-multiple')[2]).toBe('odd hard review:missed');
	});

	it('asks a short answer with its blank and no options, and gives every accepted answer on the back', () => {
		const [front, back] = note('odd-short').map(visible);
		expect(front).toContain(`Check the wristband ____ times ${AWKWARD}`);
		expect(note('odd-short')[0]).not.toMatch(/<ol|<ul/);
		expect(back).toContain(`Answer: 2 cm (also accepted: two & *more* ${AWKWARD})`);
		expect(back).toContain(`Twice ${AWKWARD}`);
	});
});
