import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe-core (WCAG 2.2 AA) on the page as it is now, in light and dark colour schemes. */
export async function expectAccessible(page: Page) {
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
		const summary = results.violations.map(
			(v) =>
				`${v.id} (${colorScheme}) on ${page.url()}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`
		);
		expect(summary, 'axe-core found accessibility violations').toEqual([]);
	}
	await page.emulateMedia({ colorScheme: null });
}

const audited = new Set<string>();

/**
 * Every test records the pages it visits; afterwards each page not audited yet in this run is
 * opened again with the same cookies and checked with axe-core.
 */
export const test = base.extend<{ auditVisitedPages: void }>({
	auditVisitedPages: [
		async ({ page, context }, use) => {
			const visited = new Set<string>();
			page.on('framenavigated', (frame) => {
				if (frame === page.mainFrame()) visited.add(frame.url().split('#')[0]);
			});
			await use();
			const pending = [...visited].filter((url) => url.startsWith('http') && !audited.has(url));
			if (!pending.length) return;
			const auditor = await context.newPage();
			try {
				for (const url of pending) {
					audited.add(url);
					await auditor.goto(url);
					await expectAccessible(auditor);
				}
			} finally {
				await auditor.close();
			}
		},
		{ auto: true }
	]
});

export { expect };
