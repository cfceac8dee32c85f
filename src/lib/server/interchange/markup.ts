/** Escaping shared by the XML formats and the HTML carried inside them. */

const ENTITIES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&apos;'
};

/**
 * Text made safe for XML element content and quoted attributes alike. Characters XML 1.0 cannot
 * carry at all (control characters other than tab and line breaks) are dropped.
 */
export function escapeXml(text: string): string {
	return (
		text
			// eslint-disable-next-line no-control-regex
			.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
			.replace(/[&<>"']/g, (c) => ENTITIES[c])
	);
}

/** Plain text as HTML: escaped, blank lines making paragraphs and single line breaks `<br/>`. */
export function textToHtml(text: string): string {
	return text
		.trim()
		.split(/\n\s*\n/)
		.map((paragraph) => `<p>${escapeXml(paragraph.trim()).replace(/\r?\n/g, '<br/>')}</p>`)
		.join('');
}
