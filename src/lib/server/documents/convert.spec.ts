import { describe, expect, it } from 'vitest';
import { parseDocument } from '$lib/content/document';
import { sectionSlug, toDocumentMarkdown } from './convert';

const passagesOf = (markdown: string) =>
	[...parseDocument('doc', markdown).passages.values()].map((p) => [p.id, p.kind, p.text]);

describe('Markdown from an educator', () => {
	it('keeps headings as sections with ids from their words, and reads lists and paragraphs', () => {
		const { title, markdown } = toDocumentMarkdown(
			[
				'# Sepsis in adults',
				'',
				'## What is sepsis?',
				'',
				'Sepsis is a **life-threatening** reaction',
				'to an infection.',
				'',
				'### Red flags',
				'',
				'- Systolic pressure of 90 mmHg or less',
				'* Heart rate over 130 per minute',
				'  at rest',
				'2. Give antibiotics within the [hour](https://example.org).'
			].join('\n'),
			'markdown'
		);
		expect(title).toBe('Sepsis in adults');
		expect(passagesOf(markdown)).toEqual([
			['what-is-sepsis-1', 'paragraph', 'Sepsis is a life-threatening reaction to an infection.'],
			['red-flags-1', 'list-item', 'Systolic pressure of 90 mmHg or less'],
			['red-flags-2', 'list-item', 'Heart rate over 130 per minute at rest'],
			['red-flags-3', 'list-item', 'Give antibiotics within the hour.']
		]);
	});

	it('keeps explicit section ids, numbers repeated headings, and drops empty sections', () => {
		const { markdown } = toDocumentMarkdown(
			'# T\n\n## Dosing {#dose}\n\nA.\n\n## Notes\n\n## Notes\n\nB.\n\n## Notes\n\nC.\n\n## Empty\n',
			'markdown'
		);
		expect(passagesOf(markdown).map((p) => p[0])).toEqual(['dose-1', 'notes-1', 'notes-2-1']);
	});

	it('puts text before the first heading under "Introduction" and takes the title given', () => {
		const { title, markdown } = toDocumentMarkdown(
			'Opening words.\n\n## Later\n\nMore.',
			'markdown',
			'My guide'
		);
		expect(title).toBe('My guide');
		expect(passagesOf(markdown).map((p) => p[0])).toEqual(['introduction-1', 'later-1']);
	});

	it('keeps the mark that makes the next passage non-examinable', () => {
		const { markdown } = toDocumentMarkdown(
			'# T\n\n## S\n\n<!-- non-examinable -->\nContact us on 0100.\n\nExaminable.',
			'markdown'
		);
		const doc = parseDocument('doc', markdown);
		expect([...doc.passages.values()].map((p) => p.examinable)).toEqual([false, true]);
	});
});

describe('plain text from an educator', () => {
	it('reads short lines that do not end a sentence as headings, and bullets as list items', () => {
		const { title, markdown } = toDocumentMarkdown(
			[
				'Secondary liver cancer',
				'',
				'What are the symptoms?',
				'',
				'It may cause no symptoms at first,',
				'because the liver is large.',
				'',
				'  • Loss of appetite',
				'',
				'  • Swelling of the ankles',
				'',
				'Treatment',
				'',
				'All cases should be discussed at an MDT.'
			].join('\r\n'),
			'text'
		);
		expect(title).toBe('Secondary liver cancer');
		expect(passagesOf(markdown)).toEqual([
			[
				'what-are-the-symptoms-1',
				'paragraph',
				'It may cause no symptoms at first, because the liver is large.'
			],
			['what-are-the-symptoms-2', 'list-item', 'Loss of appetite'],
			['what-are-the-symptoms-3', 'list-item', 'Swelling of the ankles'],
			['treatment-1', 'paragraph', 'All cases should be discussed at an MDT.']
		]);
	});

	it('takes a one-line sentence as a passage, not a heading', () => {
		const { markdown } = toDocumentMarkdown('Title\n\nHeading\n\nShort sentence.', 'text');
		expect(passagesOf(markdown)).toEqual([['heading-1', 'paragraph', 'Short sentence.']]);
	});

	it('gives an empty title for empty text, so the form can ask for one', () => {
		expect(toDocumentMarkdown('   \n\n', 'text').title).toBe('');
	});
});

describe('HTML from an educator', () => {
	it('reads headings, paragraphs and lists by their elements, whatever wraps them', () => {
		const { title, markdown } = toDocumentMarkdown(
			[
				'<html><head><title>Ignored</title><style>p { color: red }</style></head><body>',
				'<h1>Sepsis in adults</h1>',
				'<div class="intro"><h2>What is <em>sepsis</em>?</h2>',
				'<p>Sepsis is a <strong>life-threatening</strong>\nreaction to an <a href="https://example.org">infection</a>.</p></div>',
				'<h3>Red flags</h3>',
				'<ul><li>Systolic pressure of 90&nbsp;mmHg or less</li><li>Heart rate over 130 &amp; rising</li></ul>',
				'<ol start="4"><li>Give antibiotics within the hour.</li></ol>',
				'<div>Loose text in a div.</div>',
				'</body></html>'
			].join('\n'),
			'html'
		);
		expect(title).toBe('Sepsis in adults');
		expect(passagesOf(markdown)).toEqual([
			['what-is-sepsis-1', 'paragraph', 'Sepsis is a life-threatening reaction to an infection.'],
			['red-flags-1', 'list-item', 'Systolic pressure of 90 mmHg or less'],
			['red-flags-2', 'list-item', 'Heart rate over 130 & rising'],
			['red-flags-3', 'list-item', 'Give antibiotics within the hour.'],
			['red-flags-4', 'paragraph', 'Loose text in a div.']
		]);
		expect(markdown).toContain('4. Give antibiotics within the hour.');
	});

	it('lets no script, handler, image or address through into the passages', () => {
		const { markdown } = toDocumentMarkdown(
			[
				'<h1>T</h1><h2>Care</h2>',
				'<p onclick="steal()">Keep warm.<script>alert(1)</script><img src="https://x.example/t.png" alt="tracker"></p>',
				'<iframe src="https://x.example"></iframe><noscript>No script.</noscript>',
				'<p><a href="javascript:alert(1)">Call</a> the ward.</p>'
			].join(''),
			'html'
		);
		expect(passagesOf(markdown)).toEqual([
			['care-1', 'paragraph', 'Keep warm.'],
			['care-2', 'paragraph', 'Call the ward.']
		]);
		expect(markdown).not.toMatch(/alert|steal|https?:|tracker|<|No script/);
	});
});

describe('untidy HTML from an educator', () => {
	const longHeading = (ending: string) =>
		`What to do when the drain output changes colour or amount in the days after ${ending}`;
	const page = [
		'<h1>Ward guide</h1>',
		'<h2>Side effects</h2><p>Nausea is common.</p>',
		'<h2>Side effects</h2><p>Fatigue lasts weeks.</p>',
		`<h2>${longHeading('a liver resection')}</h2><p>Call the surgical team.</p>`,
		`<h2>${longHeading('an ablation')}</h2><p>Call the radiology team.</p>`,
		'<h2>Daily care</h2>',
		...Array.from({ length: 400 }, (_, n) => `<p>Care step ${n + 1} of the day.</p>`)
	].join('\n');

	it('keeps every passage, under section and passage ids that are all distinct', () => {
		const { markdown } = toDocumentMarkdown(page, 'html');
		const doc = parseDocument('doc', markdown);
		const passages = [...doc.passages.values()];
		expect(passages).toHaveLength(404);
		expect(passages.map((p) => p.text)).toEqual([
			'Nausea is common.',
			'Fatigue lasts weeks.',
			'Call the surgical team.',
			'Call the radiology team.',
			...Array.from({ length: 400 }, (_, n) => `Care step ${n + 1} of the day.`)
		]);
		const sectionIds = doc.sections.map((s) => s.id);
		expect(new Set(sectionIds).size).toBe(sectionIds.length);
		expect(sectionIds.slice(0, 2)).toEqual(['side-effects', 'side-effects-2']);
		// Anchors on the page: section ids and the passages' `p-` ids share one namespace.
		const anchors = [...sectionIds, ...passages.map((p) => `p-${p.id}`)];
		expect(new Set(anchors).size).toBe(anchors.length);
	});

	it('keeps a long heading whole, with a section id short enough to link to', () => {
		const { markdown } = toDocumentMarkdown(page, 'html');
		const doc = parseDocument('doc', markdown);
		const long = doc.sections.filter((s) => s.heading.startsWith('What to do'));
		expect(long.map((s) => s.heading)).toEqual([
			longHeading('a liver resection'),
			longHeading('an ablation')
		]);
		for (const section of long) expect(section.id.length).toBeLessThanOrEqual(64);
	});
});

describe('a heading that reads like an id of the page around the document', () => {
	it('takes a numbered id, so that "Main" leaves the main content its own', () => {
		const { markdown } = toDocumentMarkdown(
			'<h1>T</h1><h2>Main</h2><p>A.</p><h2>Coverage heading</h2><p>B.</p>',
			'html'
		);
		expect(parseDocument('doc', markdown).sections.map((s) => s.id)).toEqual([
			'main-2',
			'coverage-heading-2'
		]);
	});

	it('does so for an explicit id in Markdown too', () => {
		const { markdown } = toDocumentMarkdown('# T\n\n## Summary {#main}\n\nA.', 'markdown');
		expect(passagesOf(markdown).map((p) => p[0])).toEqual(['main-2-1']);
	});
});

describe('section ids', () => {
	it.each([
		['What is secondary liver cancer?', 'what-is-secondary-liver-cancer'],
		['Crème brûlée & café', 'creme-brulee-cafe'],
		['???', 'section']
	])('%j becomes %j', (heading, id) => {
		expect(sectionSlug(heading)).toBe(id);
	});
});
