import { parseHTML } from 'linkedom';
import { structuralHtml } from '$lib/server/html/sanitize';

/**
 * Turns what an educator pastes or uploads into the Markdown subset passages are parsed from
 * (`parseDocument`): one `# Title`, `## Heading {#section-id}` sections, paragraphs and one-line
 * list items. Section ids come from the headings, so they stay the same from one revision to
 * the next as long as a heading keeps its words; passage ids follow from them.
 */

export const DOCUMENT_FORMATS = ['markdown', 'text', 'html'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

interface Block {
	kind: 'heading' | 'paragraph' | 'list-item';
	text: string;
	/** An explicit section id (`{#id}`) or the list item's number. */
	id?: string;
	ordinal?: number;
}

const NON_EXAMINABLE = '<!-- non-examinable -->';

/**
 * Ids the document's page gives its own elements (the layout's main content, the coverage
 * heading). A section heading is an element id there too, so one with these words ("Main") takes
 * a numbered id instead: two elements with one id send links and labels to the wrong one.
 */
const PAGE_IDS = ['main', 'coverage-heading'];

/** A section id from a heading: lower case words joined by hyphens. */
export function sectionSlug(heading: string): string {
	const slug = heading
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return slug || 'section';
}

/** Emphasis, code spans and links read as their words: a quote must match what a reader sees. */
function plainInline(text: string): string {
	return text
		.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
		.replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
		.replace(/`([^`]+)`/g, '$1')
		.replace(/\s+/g, ' ')
		.trim();
}

function markdownBlocks(input: string): Block[] {
	const blocks: Block[] = [];
	let paragraph: string[] = [];
	const flush = () => {
		if (paragraph.length)
			blocks.push({ kind: 'paragraph', text: plainInline(paragraph.join(' ')) });
		paragraph = [];
	};
	for (const raw of input.split('\n')) {
		const line = raw.trim();
		const last = blocks.at(-1);
		if (!line) {
			flush();
			continue;
		}
		if (line === NON_EXAMINABLE) {
			flush();
			blocks.push({ kind: 'paragraph', text: NON_EXAMINABLE });
			continue;
		}
		const heading = /^#{1,6}\s+(.*?)(?:\s+\{#([a-z0-9-]+)\})?\s*#*$/.exec(line);
		const bullet = /^[-*+•]\s+(.*)$/.exec(line);
		const numbered = /^(\d{1,4})[.)]\s+(.*)$/.exec(line);
		if (heading) {
			flush();
			blocks.push({ kind: 'heading', text: plainInline(heading[1]), id: heading[2] });
		} else if (bullet || numbered) {
			flush();
			blocks.push({
				kind: 'list-item',
				text: plainInline(bullet ? bullet[1] : numbered![2]),
				ordinal: numbered ? Number(numbered[1]) : undefined
			});
		} else if (/^\s/.test(raw) && last?.kind === 'list-item' && !paragraph.length) {
			// An indented line continues the list item above it.
			last.text = plainInline(`${last.text} ${line}`);
		} else {
			paragraph.push(line);
		}
	}
	flush();
	return blocks;
}

/**
 * Plain text has no markup, so its shape is read: blocks are separated by blank lines, a block of
 * one short line that does not end like a sentence is a heading, and lines opening with a bullet
 * are list items.
 */
function textBlocks(input: string): Block[] {
	const blocks: Block[] = [];
	for (const chunk of input.split(/\n\s*\n/)) {
		const lines = chunk
			.split('\n')
			.map((l) => l.trim())
			.filter(Boolean);
		if (!lines.length) continue;
		const isBullet = (l: string) => /^[-*•–]\s+/.test(l);
		if (lines.length === 1 && !isBullet(lines[0]) && isHeadingLine(lines[0])) {
			blocks.push({ kind: 'heading', text: plainText(lines[0]) });
			continue;
		}
		let paragraph: string[] = [];
		const flush = () => {
			if (paragraph.length)
				blocks.push({ kind: 'paragraph', text: plainText(paragraph.join(' ')) });
			paragraph = [];
		};
		for (const line of lines) {
			if (isBullet(line)) {
				flush();
				blocks.push({ kind: 'list-item', text: plainText(line.replace(/^[-*•–]\s+/, '')) });
			} else {
				paragraph.push(line);
			}
		}
		flush();
	}
	return blocks;
}

/**
 * HTML is read after sanitising, by its elements: headings open sections, paragraphs and list
 * items are passages, and text outside any of them (in a `div`, say) is a paragraph of its own.
 */
function htmlBlocks(input: string): Block[] {
	const { document } = parseHTML(
		`<!doctype html><html><body>${structuralHtml(input)}</body></html>`
	);
	const blocks: Block[] = [];
	let loose: string[] = [];
	const flush = () => {
		const text = plainText(loose.join(' '));
		if (text) blocks.push({ kind: 'paragraph', text });
		loose = [];
	};
	const textOf = (el: Element) => plainText(el.textContent ?? '');
	const walk = (parent: Element) => {
		for (const node of Array.from(parent.childNodes)) {
			if (node.nodeType === 3) {
				loose.push(node.textContent ?? '');
				continue;
			}
			if (node.nodeType !== 1) continue;
			const el = node as Element;
			const tag = el.tagName.toLowerCase();
			if (tag === 'br') continue;
			flush();
			if (/^h[1-6]$/.test(tag)) blocks.push({ kind: 'heading', text: textOf(el) });
			else if (tag === 'p') blocks.push({ kind: 'paragraph', text: textOf(el) });
			else if (tag === 'ul' || tag === 'ol') {
				const start = tag === 'ol' ? Number(el.getAttribute('start') ?? 1) || 1 : 0;
				Array.from(el.children)
					.filter((child) => child.tagName.toLowerCase() === 'li')
					.forEach((li, n) =>
						blocks.push({
							kind: 'list-item',
							text: textOf(li),
							ordinal: tag === 'ol' ? start + n : undefined
						})
					);
			} else walk(el);
		}
		flush();
	};
	walk(document.body);
	return blocks.filter((block) => block.text);
}

function isHeadingLine(line: string): boolean {
	return line.length <= 100 && !/[.,;:!"”)]$/.test(line);
}

function plainText(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/**
 * The document in the Markdown subset, titled `title` (or, when that is empty, by the text's first
 * heading or first line). Text before the first heading becomes an "Introduction" section, and
 * headings with no text under them are dropped.
 */
export function toDocumentMarkdown(
	input: string,
	format: DocumentFormat,
	title = ''
): { title: string; markdown: string } {
	const normalised = input.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\t/g, ' ');
	const blocks =
		format === 'markdown'
			? markdownBlocks(normalised)
			: format === 'html'
				? htmlBlocks(normalised)
				: textBlocks(normalised);

	let documentTitle = title.trim();
	const first = blocks[0];
	if (first && (!documentTitle || plainText(first.text) === documentTitle)) {
		if (first.kind !== 'list-item' && first.text !== NON_EXAMINABLE) {
			documentTitle ||= first.text;
			blocks.shift();
		}
	}

	const lines: string[] = [`# ${documentTitle}`];
	const used = new Set<string>(PAGE_IDS);
	let pending: string | null = null;
	let open = false;
	const startSection = (heading: string, explicit?: string) => {
		let id = explicit ?? sectionSlug(heading);
		for (let n = 2; used.has(id); n++) id = `${explicit ?? sectionSlug(heading)}-${n}`;
		pending = `## ${heading} {#${id}}`;
		used.add(id);
	};
	for (const block of blocks) {
		if (block.kind === 'heading') {
			if (pending !== null && !open) used.delete(/\{#([a-z0-9-]+)\}$/.exec(pending)![1]);
			startSection(block.text, block.id);
			open = false;
			continue;
		}
		if (!block.text) continue;
		if (pending === null && !open) startSection('Introduction');
		if (pending !== null) {
			lines.push('', pending);
			pending = null;
			open = true;
		}
		if (block.kind === 'list-item') {
			lines.push('', block.ordinal ? `${block.ordinal}. ${block.text}` : `- ${block.text}`);
		} else {
			lines.push('', block.text);
		}
	}
	return { title: documentTitle, markdown: lines.join('\n') + '\n' };
}
