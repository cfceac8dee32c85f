import sanitizeHtml from 'sanitize-html';

/**
 * HTML from outside (imported questions, pasted text) made safe. Items are plain text, so most
 * callers want `htmlToText`; `safeHtml` keeps a small set of formatting tags for places that render
 * HTML. Neither lets a script, an event handler, a style or a remote resource (images, frames,
 * links' targets) through.
 */

const FORMATTING = ['p', 'br', 'b', 'strong', 'i', 'em', 'u', 'sub', 'sup', 'ul', 'ol', 'li'];

/** HTML with only formatting tags and no attributes at all. */
export function safeHtml(html: string): string {
	return sanitizeHtml(html, {
		allowedTags: FORMATTING,
		allowedAttributes: {},
		allowedSchemes: [],
		disallowedTagsMode: 'discard'
	});
}

const BLOCK = [
	'p',
	'div',
	'br',
	'li',
	'tr',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'ul',
	'ol',
	'table'
];

const ESCAPED: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"' };

/**
 * The text a learner would read in the HTML: paragraphs and list items become blank-line separated
 * paragraphs, `<br>` a line break, and the content of scripts and styles is dropped with them.
 */
export function htmlToText(html: string): string {
	const marked = sanitizeHtml(html, {
		allowedTags: BLOCK,
		allowedAttributes: {},
		allowedSchemes: []
	});
	return marked
		.replace(/<br\s*\/?>/gi, '\ue001')
		.replace(/<\/?(p|div|li|tr|h[1-6]|ul|ol|table)>/gi, '\ue002')
		.replace(/<[^>]*>/g, '')
		.replace(/&(amp|lt|gt|quot);/g, (e) => ESCAPED[e])
		.replace(/\u00a0/g, ' ')
		.replace(/[ \t\r\n]+/g, ' ')
		.replace(/ ?\ue001 ?/g, '\n')
		.replace(/ ?\ue002[ \ue002]*/g, '\ue002')
		.split('\ue002')
		.map((p) => p.trim())
		.filter(Boolean)
		.join('\n\n');
}

const STRUCTURE = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'ul', 'ol', 'li', 'br', 'blockquote'];

/**
 * HTML cut down to its structure (headings, paragraphs, lists and line breaks, with no attributes
 * except a list's start number), for reading a document's sections and passages from it. Other
 * tags are unwrapped to their text; scripts and styles go with their content.
 */
export function structuralHtml(html: string): string {
	return sanitizeHtml(html, {
		allowedTags: STRUCTURE,
		allowedAttributes: { ol: ['start'] },
		allowedSchemes: [],
		// Text a reader never sees on the page goes with its element.
		nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'title', 'template']
	});
}
