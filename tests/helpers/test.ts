import AxeBuilder from '@axe-core/playwright';
import {
	test as base,
	expect,
	type BrowserContext,
	type ConsoleMessage,
	type Page
} from '@playwright/test';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe-core (WCAG 2.2 AA, and unique landmarks) on the page as it is now, in light and dark colour schemes. */
export async function expectAccessible(page: Page) {
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		const results = await new AxeBuilder({ page })
			.options({
				runOnly: { type: 'tag', values: WCAG_TAGS },
				// Best practice beyond WCAG: landmarks of one role need names that tell them apart.
				rules: { 'landmark-unique': { enabled: true } }
			})
			.analyze();
		const summary = results.violations.map(
			(v) =>
				`${v.id} (${colorScheme}) on ${page.url()}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`
		);
		expect(summary, 'axe-core found accessibility violations').toEqual([]);
	}
	await page.emulateMedia({ colorScheme: null });
}

/** How Chromium names each status in the console error it logs for a failed load. */
const STATUS_TEXT: Record<number, string> = {
	400: 'Bad Request',
	403: 'Forbidden',
	404: 'Not Found',
	409: 'Conflict',
	413: 'Payload Too Large',
	429: 'Too Many Requests'
};

/** A page load the test provokes on purpose, answered with an error status. */
type ErrorResponse = { path: string; status: number; seen: boolean };

/**
 * Declares that the browser loads `path` (no query string) on purpose and is answered with
 * `status`. Chromium logs every such load as a console error; only that one message, for that
 * address and status, is then not a failure, and the test fails if the load never happens.
 */
export type ExpectErrorResponse = (path: string, status: number) => void;

const audited = new Set<string>();

/**
 * Every browser context a test opens is watched: an uncaught error in a page or a message the
 * page logs as a console error fails the test, as a user would meet a broken page. Every test
 * also records the pages it visits; afterwards each page not audited yet in this run is opened
 * again with the same cookies and checked with axe-core.
 */
export const test = base.extend<{
	expectErrorResponse: ExpectErrorResponse;
	auditVisitedPages: void;
}>({
	expectErrorResponse: [
		async ({ browser, context }, use) => {
			const expected: ErrorResponse[] = [];
			const problems: string[] = [];
			const isExpected = (message: ConsoleMessage) => {
				const url = new URL(message.location().url || 'about:blank');
				const match = expected.find(
					(e) =>
						url.pathname === e.path &&
						message.text() ===
							`Failed to load resource: the server responded with a status of ${e.status} (${STATUS_TEXT[e.status]})`
				);
				if (match) match.seen = true;
				return Boolean(match);
			};
			const watch = (watched: BrowserContext) => {
				watched.on('weberror', (error) =>
					problems.push(`Uncaught error on ${error.page()?.url()}: ${error.error().stack}`)
				);
				watched.on('console', (message) => {
					if (message.type() !== 'error' || isExpected(message)) return;
					const { url, lineNumber } = message.location();
					problems.push(
						`Console error on ${message.page()?.url()} (${url}:${lineNumber}): ${message.text()}`
					);
				});
			};
			watch(context);
			browser.on('context', watch);
			try {
				await use((path, status) => {
					if (!STATUS_TEXT[status]) throw new Error(`No status text known for ${status}`);
					expected.push({ path, status, seen: false });
				});
			} finally {
				browser.off('context', watch);
			}
			expect(problems, 'the browser reported errors').toEqual([]);
			const unseen = expected.filter((e) => !e.seen).map((e) => `${e.status} for ${e.path}`);
			expect(unseen, 'error responses declared but never loaded').toEqual([]);
		},
		{ auto: true }
	],
	auditVisitedPages: [
		// Depends on the error watch so that the pages the audit opens are watched too.
		async ({ page, context, browser, expectErrorResponse: _watched }, use) => {
			const visited = new Set<string>();
			page.on('framenavigated', (frame) => {
				if (frame === page.mainFrame()) visited.add(frame.url().split('#')[0]);
			});
			await use();
			const pending = [...visited].filter((url) => url.startsWith('http') && !audited.has(url));
			if (!pending.length) return;
			// axe runs as a script, so pages are audited with JavaScript on (a test may have turned it
			// off), signed in with the test's cookies.
			const auditing = await browser.newContext({
				javaScriptEnabled: true,
				storageState: await context.storageState()
			});
			try {
				const auditor = await auditing.newPage();
				for (const url of pending) {
					audited.add(url);
					await auditor.goto(url);
					await expectAccessible(auditor);
				}
			} finally {
				await auditing.close();
			}
		},
		// Auditing every page a long test visited takes time of its own, apart from the test's.
		{ auto: true, timeout: 360_000 }
	]
});

export { expect };
