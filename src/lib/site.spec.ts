import { describe, expect, it } from 'vitest';
import { pageTitle } from './site';

describe('pageTitle', () => {
	it("ends with the site's name, after the page's own parts", () => {
		expect(pageTitle()).toBe('Liver Metastases Trainer');
		expect(pageTitle('Sources')).toBe('Sources · Liver Metastases Trainer');
		expect(pageTitle('Ana', 'Ward 4')).toBe('Ana · Ward 4 · Liver Metastases Trainer');
		expect(pageTitle(404)).toBe('404 · Liver Metastases Trainer');
	});
});
