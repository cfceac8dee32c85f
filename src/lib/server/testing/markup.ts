/** The text a reader sees in a fragment of HTML: tags dropped, line breaks kept, entities read. */
export function htmlToText(html: string): string {
	return html
		.replace(/<br\s*\/?>/g, '\n')
		.replace(/<\/p><p>/g, '\n\n')
		.replace(/<[^>]+>/g, '')
		.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => {
			const map: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
			return map[name];
		});
}
