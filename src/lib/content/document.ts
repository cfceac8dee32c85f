import { createHash } from 'node:crypto';

export interface Passage {
	/** `<section id>-<position>`, position counting paragraphs and list items from 1. */
	id: string;
	sectionId: string;
	position: number;
	kind: 'paragraph' | 'list-item';
	/** For ordered list items, the number shown before the item. */
	ordinal: number | null;
	text: string;
	hash: string;
	examinable: boolean;
}

export interface Section {
	id: string;
	heading: string;
	passages: Passage[];
}

export interface SourceDocument {
	slug: string;
	title: string;
	/** Content hash of the whole document: the document's version. */
	version: string;
	sections: Section[];
	passages: Map<string, Passage>;
}

const NON_EXAMINABLE = '<!-- non-examinable -->';

export function sha256Hex(text: string): string {
	return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Whitespace and typographic quotes do not change the meaning of a quote. */
export function normaliseText(text: string): string {
	return text
		.replace(/[\u2018\u2019]/g, "'")
		.replace(/[\u201c\u201d]/g, '"')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * Parses the project's Markdown subset: one `# Title`, `## Heading {#section-id}` sections,
 * paragraphs separated by blank lines, and `- ` or `1. ` list items, one per line.
 */
export function parseDocument(slug: string, markdown: string): SourceDocument {
	let title = '';
	const sections: Section[] = [];
	let current: Section | null = null;
	let nextExaminable = true;
	let paragraph: string[] = [];

	const addPassage = (text: string, kind: Passage['kind'], ordinal: number | null) => {
		if (!current) throw new Error(`Text before the first section heading: "${text.slice(0, 40)}"`);
		const position = current.passages.length + 1;
		const clean = text.replace(/\s+/g, ' ').trim();
		current.passages.push({
			id: `${current.id}-${position}`,
			sectionId: current.id,
			position,
			kind,
			ordinal,
			text: clean,
			hash: sha256Hex(clean),
			examinable: nextExaminable
		});
		nextExaminable = true;
	};
	const flushParagraph = () => {
		if (paragraph.length) addPassage(paragraph.join(' '), 'paragraph', null);
		paragraph = [];
	};

	for (const raw of markdown.split(/\r?\n/)) {
		const line = raw.trim();
		if (!line) {
			flushParagraph();
			continue;
		}
		if (line === NON_EXAMINABLE) {
			flushParagraph();
			nextExaminable = false;
			continue;
		}
		const heading = /^(#{1,2})\s+(.*?)(?:\s+\{#([a-z0-9-]+)\})?$/.exec(line);
		if (heading) {
			flushParagraph();
			if (heading[1] === '#') {
				title = heading[2];
			} else {
				if (!heading[3]) throw new Error(`Section heading without an id: "${heading[2]}"`);
				current = { id: heading[3], heading: heading[2], passages: [] };
				sections.push(current);
			}
			continue;
		}
		const bullet = /^-\s+(.*)$/.exec(line);
		const numbered = /^(\d+)\.\s+(.*)$/.exec(line);
		if (bullet) {
			flushParagraph();
			addPassage(bullet[1], 'list-item', null);
		} else if (numbered) {
			flushParagraph();
			addPassage(numbered[2], 'list-item', Number(numbered[1]));
		} else {
			paragraph.push(line);
		}
	}
	flushParagraph();
	if (!title) throw new Error('The document has no "# Title" line');

	const passages = new Map<string, Passage>();
	for (const section of sections) {
		for (const passage of section.passages) passages.set(passage.id, passage);
	}
	return { slug, title, version: sha256Hex(markdown).slice(0, 16), sections, passages };
}
