import { expect, type Page } from '@playwright/test';

export interface StartOptions {
	banks?: string[];
	count?: number;
	mode?: 'tutor' | 'timed';
	secondsPerItem?: number;
	selection?: string;
}

/** Starts a session from the practice page with the given choices. */
export async function startSession(page: Page, options: StartOptions = {}) {
	await page.goto('/practice');
	if (options.banks) {
		for (const box of await page
			.getByRole('group', { name: 'Banks' })
			.getByRole('checkbox')
			.all()) {
			await box.uncheck();
		}
		for (const bank of options.banks)
			await page.getByRole('checkbox', { name: new RegExp(bank) }).check();
	}
	if (options.selection) await page.getByRole('radio', { name: options.selection }).check();
	await page.getByLabel('How many questions').fill(String(options.count ?? 3));
	if (options.mode === 'timed') {
		await page.getByRole('radio', { name: /Timed test/ }).check();
		if (options.secondsPerItem)
			await page.getByLabel('Seconds per question').fill(String(options.secondsPerItem));
	}
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByRole('main').getByText(/^Question 1 of \d+$/)).toBeVisible();
	const match = /\/practice\/([a-z0-9]+)\/1$/.exec(page.url());
	expect(match).not.toBeNull();
	return match![1];
}

/**
 * Answers the current item with its first option, or the first option for every stem; a
 * short-answer item with a word of its own.
 */
export async function answerFirstOption(page: Page) {
	const typed = page.locator('input[name="answer"]');
	if (await typed.count()) {
		// Leaving the field, as a learner does, is what saves a typed answer in a timed test.
		await typed.fill('first thought');
		return typed.blur();
	}
	const selects = page.locator('select[name^="stem-"]');
	const count = await selects.count();
	if (count) {
		for (let i = 0; i < count; i++) await selects.nth(i).selectOption({ index: 1 });
	} else {
		await page.locator('input[name="choice"]').first().check();
	}
}

/** Answers the current choice item right or wrong, by the bank file's key. */
export async function answerByKey(
	page: Page,
	spec: { options: { correct?: boolean }[]; shortAnswer?: { accepted: string[] } },
	right: boolean
) {
	if (spec.shortAnswer)
		return page
			.locator('input[name="answer"]')
			.fill(right ? spec.shortAnswer.accepted[0] : 'not the answer');
	const choices = page.locator('input[name="choice"]');
	if (!right) return choices.nth(spec.options.findIndex((o) => !o.correct)).check();
	for (const [i, option] of spec.options.entries())
		if (option.correct) await choices.nth(i).check();
}

/** Finishes a timed test from a question page, through the confirmation that follows. */
export async function finishTimedTest(page: Page) {
	await page.getByRole('button', { name: 'Finish test…' }).click();
	await expect(page.getByRole('heading', { name: 'Finish the test?' })).toBeVisible();
	await page.getByRole('button', { name: 'Finish now' }).click();
}
