import { test, expect } from '../helpers/test';
import { createAccount, logIn } from '../helpers/accounts';
import type { Locator } from '@playwright/test';
import { answerFirstOption, startSession } from '../helpers/practice';

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

test('the main pages fit a phone screen without sideways scrolling', async ({ page }) => {
	const { email } = await createAccount({ role: 'educator' });
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
				.filter((e) => e.getBoundingClientRect().right > width + 1 && !e.closest('.table-scroll'))
				.map((e) => `${e.tagName.toLowerCase()}.${e.className}`);
			return {
				by: document.documentElement.scrollWidth - width,
				wide: wide.slice(0, 5).join(', ')
			};
		});
		expect(overflow.by, `${path} scrolls sideways: ${overflow.wide}`).toBeLessThanOrEqual(0);
	}
	// An option made of the banks' longest words still fits beside its Strike out button (the
	// clinical-trials bank holds only questions answered by choosing options).
	await startSession(page, { banks: ['Clinical trials'], count: 1, mode: 'timed' });
	await expect(page.getByRole('button', { name: 'Strike out option A' })).toBeVisible();
	const widened = await page.evaluate(() => {
		document.querySelector('label.choice .text')!.textContent =
			'Radioembolisation chemoembolisation';
		return document.documentElement.scrollWidth - document.documentElement.clientWidth;
	});
	expect(widened).toBeLessThanOrEqual(0);
	// Touch targets for answering are at least 44 px tall.
	const box = await page.locator('label.choice').first().boundingBox();
	expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
});

test.describe('on a 390 × 844 phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('the header stays within 80 px, its menu opening without JavaScript', async ({
		page,
		browser,
		context
	}) => {
		const { email } = await createAccount({ role: 'admin' });
		await logIn(page, email);
		const heights: Record<string, number> = {};
		for (const path of ['/', '/practice', '/progress', '/educator']) {
			await page.goto(path);
			heights[path] = (await page.locator('header.site-header').boundingBox())!.height;
		}
		test.info().annotations.push({
			type: 'header height on a phone',
			description: Object.entries(heights)
				.map(([path, h]) => `${path} ${Math.round(h)} px`)
				.join(', ')
		});
		for (const [path, height] of Object.entries(heights))
			expect(height, `header on ${path}`).toBeLessThanOrEqual(80);

		const noScript = await browser.newContext({
			javaScriptEnabled: false,
			viewport: { width: 390, height: 844 },
			storageState: await context.storageState()
		});
		try {
			const plain = await noScript.newPage();
			await plain.goto('/');
			const nav = plain.getByRole('navigation', { name: 'Main' });
			await expect(nav).toBeHidden();
			await plain.getByText('Menu', { exact: true }).click();
			await expect(nav.getByRole('link', { name: 'Admin', exact: true })).toBeVisible();
			await expect(plain.getByRole('button', { name: 'Log out' })).toBeVisible();
			await nav.getByRole('link', { name: 'Progress' }).click();
			await expect(plain.getByRole('heading', { name: 'Your progress' })).toBeVisible();
		} finally {
			await noScript.close();
		}
	});

	test("a timed test's countdown stays in view while the page scrolls", async ({ page }) => {
		const { email } = await createAccount({});
		await logIn(page, email);
		const sessionId = await startSession(page, { count: 3, mode: 'timed' });
		await page.goto(`/practice/${sessionId}/1`);
		const timer = page.getByRole('timer', { name: 'Time left' });
		await expect(timer).toBeInViewport();
		await page.getByText('Keyboard shortcuts').scrollIntoViewIfNeeded();
		await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
		expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
		await expect(timer).toBeInViewport();
	});

	test('learner tables become cards that show every column', async ({ page }) => {
		test.setTimeout(120_000);
		const { email } = await createAccount({});
		await logIn(page, email);
		const sessionId = await startSession(page, { count: 1, banks: ['Ablation types'] });
		await answerFirstOption(page);
		await page.getByRole('button', { name: 'Submit answer' }).click();
		await page.getByRole('button', { name: 'Finish session' }).click();
		await expect(page).toHaveURL(`/practice/${sessionId}/results`);

		const everyCellShows = async (table: Locator, columns: string[]) => {
			await expect(table).toBeVisible();
			const width = page.viewportSize()!.width;
			for (const column of columns) {
				const cells = table.locator(`td[data-label="${column}"]`);
				expect(await cells.count(), column).toBeGreaterThan(0);
				for (const cell of await cells.all()) {
					await expect(cell).toBeVisible();
					const box = (await cell.boundingBox())!;
					expect(box.x + box.width, `${column} fits the screen`).toBeLessThanOrEqual(width);
				}
			}
		};
		await everyCellShows(page.locator('table.cards').first(), ['Questions', 'Marks', 'Score']);
		await page.goto('/progress');
		await everyCellShows(page.getByRole('group', { name: 'Mastery by bank' }).locator('table'), [
			'Mastery',
			'Right / answered',
			'Unseen',
			'Among peers'
		]);
		await everyCellShows(page.getByRole('group', { name: 'History' }).locator('table'), [
			'Mode',
			'Questions',
			'Score'
		]);
	});
});
