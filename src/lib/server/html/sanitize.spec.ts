import { describe, expect, it } from 'vitest';
import { htmlToText, safeHtml } from './sanitize';

describe('imported HTML', () => {
	it('keeps the text a learner reads, with paragraphs and line breaks', () => {
		expect(htmlToText('<p>A &amp; B &lt;b&gt;</p><p>one<br/>two</p>')).toBe(
			'A & B <b>\n\none\ntwo'
		);
	});

	it('drops scripts, styles and their content', () => {
		const text = htmlToText('<p>Hi</p><script>alert(1)</script><style>p{}</style>');
		expect(text).toBe('Hi');
	});

	it('lets no event handler, remote resource or script link through safe HTML', () => {
		const html = safeHtml(
			'<p onclick="x()" style="color:red">hi <a href="javascript:x()">l</a><img src="https://e.org/t.png"><iframe src="https://e.org"></iframe><svg onload="x()"></svg></p>'
		);
		expect(html).toBe('<p>hi l</p>');
	});

	it('decodes an escaped entity once, so literal entity text survives', () => {
		expect(htmlToText('&amp;lt;b&amp;gt;')).toBe('&lt;b&gt;');
	});
});
