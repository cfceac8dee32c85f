import { expect, type Page } from '@playwright/test';
import { itemByStem } from './banks';
import { answerByKey, startSession } from './practice';

/** One question of a planned history: answered right or wrong, with a confidence and a flag. */
export interface PlannedAnswer {
	right: boolean;
	confidence?: 'Sure' | 'Unsure' | 'Guessing';
	flag?: boolean;
}

/**
 * Gives a learner a history: a tutor session of Clinical trials, one question per planned
 * answer, each answered as planned and its feedback awaited; with `finish`, the session is
 * finished and its results shown. Returns the session's id and each position's stem.
 */
export async function answerTutorSession(
	page: Page,
	plan: PlannedAnswer[],
	options: { finish?: boolean } = {}
) {
	const sessionId = await startSession(page, { banks: ['Clinical trials'], count: plan.length });
	const stems: string[] = [];
	for (const [i, step] of plan.entries()) {
		await expect(
			page.getByRole('main').getByText(`Question ${i + 1} of ${plan.length}`, { exact: true })
		).toBeVisible();
		const stem = (await page.locator('.stem p').first().textContent()) ?? '';
		stems.push(stem);
		if (step.flag) {
			await page.getByRole('button', { name: 'Flag for review' }).click();
			await expect(page.getByRole('button', { name: 'Flagged for review' })).toBeVisible();
		}
		await answerByKey(page, itemByStem(stem), step.right);
		if (step.confidence)
			await page.getByRole('radio', { name: step.confidence, exact: true }).check();
		await page.getByRole('button', { name: 'Submit answer' }).click();
		await expect(
			page.getByRole('heading', { name: step.right ? 'Correct' : 'Not quite' })
		).toBeVisible();
		if (i < plan.length - 1) await page.getByRole('link', { name: 'Next question' }).click();
	}
	if (options.finish) {
		await page.getByRole('button', { name: 'Finish session' }).click();
		await expect(page.getByRole('heading', { name: 'Session results' })).toBeVisible();
	}
	return { sessionId, stems };
}
