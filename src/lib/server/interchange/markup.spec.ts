import { describe, expect, it } from 'vitest';
import { escapeXml, textToHtml } from './markup';

describe('markup escaping', () => {
	it('escapes the five XML specials and drops characters XML cannot carry', () => {
		expect(escapeXml(`a & b < c > d "e" 'f'`)).toBe(
			'a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;'
		);
		expect(escapeXml('bell\u0007 tab\t line\n')).toBe('bell tab\t line\n');
	});

	it('makes paragraphs of blank-line breaks and <br/> of single ones', () => {
		expect(textToHtml('One & two\nthree\n\nFour')).toBe(
			'<p>One &amp; two<br/>three</p><p>Four</p>'
		);
	});
});
