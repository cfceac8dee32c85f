import { test, expect } from '../helpers/test';
import { createAccount, logIn } from '../helpers/accounts';
import { startSession } from '../helpers/practice';

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

test('the main pages fit a phone screen without sideways scrolling', async ({ page }) => {
	const { email } = createAccount({ role: 'educator' });
	await logIn(page, email);
	const sessionId = await startSession(page, { count: 2, mode: 'timed' });
	for (const path of [
		'/',
		'/practice',
		`/practice/${sessionId}/1`,
		'/progress',
		'/modules',
		'/account',
		'/educator',
		'/sources'
	]) {
		await page.goto(path);
		const overflow = await page.evaluate(() => {
			const width = document.documentElement.clientWidth;
			const wide = [...document.querySelectorAll('body *')]
				.filter((e) => e.getBoundingClientRect().right > width + 1 && !e.closest('[role="region"]'))
				.map((e) => `${e.tagName.toLowerCase()}.${e.className}`);
			return {
				by: document.documentElement.scrollWidth - width,
				wide: wide.slice(0, 5).join(', ')
			};
		});
		expect(overflow.by, `${path} scrolls sideways: ${overflow.wide}`).toBeLessThanOrEqual(0);
	}
	// Touch targets for answering are at least 44 px tall.
	await page.goto(`/practice/${sessionId}/1`);
	const box = await page.locator('label.choice, .stem + * select').first().boundingBox();
	expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
});
