import type { Browser, Page } from '@playwright/test';
import { test, expect, expectAccessible } from '../helpers/test';
import { createAccount, logIn } from '../helpers/accounts';
import { startSession } from '../helpers/practice';

const GUIDE = [
	'# Ward fluids guide',
	'',
	'## Fluid balance',
	'',
	'Weigh the patient daily when fluid balance is uncertain.',
	'',
	'Check the urine output every hour in the first day after surgery.'
].join('\n');

const QUESTION = {
	stem: 'A man returns to the ward after a liver resection. His nurse plans his observations for the first day.',
	leadIn: 'How often is his urine output checked in the first day?',
	options: ['Hourly', 'Four-hourly', 'Eight-hourly', 'Twice a day', 'Once a day'],
	teachingPoint: 'Hourly urine output shows early whether the kidneys are perfused after surgery.',
	objective: 'Know how often urine output is checked after surgery.'
};

async function fillQuestion(page: Page, note: string) {
	await page.getByLabel('Asks the learner to').selectOption('recall');
	await page.getByLabel('Difficulty').selectOption('easy');
	await page.getByRole('checkbox', { name: 'Doctors' }).uncheck();
	await page.getByLabel('Stem (the vignette or statement)').fill(QUESTION.stem);
	await page.getByLabel('Lead-in (the question asked)').fill(QUESTION.leadIn);
	for (const [i, text] of QUESTION.options.entries()) {
		const row = page.getByRole('group', { name: `Option ${String.fromCharCode(65 + i)}` });
		await row.getByLabel('Text').fill(text);
		await row.getByLabel('Kind').fill('interval');
		if (i === 0) await row.getByRole('checkbox', { name: 'Correct' }).check();
		await row
			.getByLabel('Why it is right or wrong')
			.fill(i === 0 ? 'The guide asks for it hourly.' : 'Too seldom on the first day.');
	}
	await page.getByLabel('Teaching point').fill(QUESTION.teachingPoint);
	await page.getByLabel('Learning objective').fill(QUESTION.objective);
	await page.getByLabel('Why this change (kept with the version)').fill(note);
}

/** A bank of the author's own, shared with a co-author; answers its title. */
async function sharedBank(page: Page, suffix: string, coAuthor: { email: string; name: string }) {
	await page.goto('/educator/banks');
	const bankTitle = `Ward nursing ${suffix}`;
	await page.getByLabel('Title').fill(bankTitle);
	await page.getByLabel('What it covers, and for whom').fill('Post-operative ward care.');
	await page.getByRole('button', { name: 'Create bank' }).click();
	await expect(page.getByRole('heading', { level: 1, name: bankTitle })).toBeVisible();
	await page.getByLabel('Share with an educator (email)').fill(coAuthor.email);
	await page.getByRole('button', { name: 'Share' }).click();
	await expect(page.getByText(`Shared with ${coAuthor.name}.`)).toBeVisible();
	return bankTitle;
}

/** The ward guide added as a document; answers its slug. */
async function wardGuide(page: Page, suffix: string) {
	await page.goto('/sources/new');
	const title = `Ward fluids guide ${suffix}`;
	await page.getByLabel('Title').fill(title);
	await page.getByLabel('Text', { exact: true }).fill(GUIDE);
	await page.getByLabel('Note (what changed, where it came from)').fill('Ward policy');
	await page.getByRole('button', { name: 'Add the document' }).click();
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	return new URL(page.url()).pathname.split('/').pop()!;
}

/** A bank of the author's own, shared with a co-author, and a document to cite. */
async function bankAndDocument(
	page: Page,
	suffix: string,
	coAuthor: { email: string; name: string }
) {
	const bankTitle = await sharedBank(page, suffix, coAuthor);
	const slug = await wardGuide(page, suffix);
	return { bankTitle, passageId: `${slug}/fluid-balance-2` };
}

/** Writes a question that meets every rule, citing the passage; answers the editor's address. */
async function writeQuestion(page: Page, bankTitle: string, passageId: string, note: string) {
	const quote = 'Check the urine output every hour';
	await page.goto(
		`/items/new?passage=${encodeURIComponent(passageId)}&quote=${encodeURIComponent(quote)}`
	);
	await page.getByLabel('Bank').selectOption({ label: bankTitle });
	await fillQuestion(page, note);
	await page.getByRole('button', { name: 'Save draft' }).click();
	await expect(page.getByRole('heading', { level: 1, name: /^Edit question / })).toBeVisible();
	return new URL(page.url()).pathname;
}

async function signedIn(browser: Browser, email: string, javaScriptEnabled = true) {
	const context = await browser.newContext({ javaScriptEnabled });
	const page = await context.newPage();
	await logIn(page, email);
	return page;
}

test('an educator writes a question from a document, a second one publishes it, and learners see each version', async ({
	page,
	browser
}) => {
	test.setTimeout(300_000);
	const suffix = Date.now().toString(36);
	const author = await createAccount({ role: 'educator', name: 'Sister Author' });
	const reviewer = await createAccount({ role: 'educator', name: 'Dr Reviewer' });
	const learner = await createAccount({ profession: 'nurse', name: 'Nurse Learner' });
	await logIn(page, author.email);

	// A bank of the author's own, shared with the reviewer.
	const bankTitle = await sharedBank(page, suffix, reviewer);

	// The document, and a question written from a sentence selected in it.
	const slug = await wardGuide(page, suffix);
	const passageId = `${slug}/fluid-balance-2`;
	const quote = 'Check the urine output every hour';
	await page.locator(`[id="p-${passageId}"] .passage-text`).evaluate((element, words) => {
		const node = element.firstChild!;
		const start = node.textContent!.indexOf(words);
		const range = document.createRange();
		range.setStart(node, start);
		range.setEnd(node, start + words.length);
		const selection = window.getSelection()!;
		selection.removeAllRanges();
		selection.addRange(range);
	}, quote);
	const write = page.getByRole('link', {
		name: `Write a question from this passage (${passageId})`
	});
	await expect(write).toHaveAttribute('href', /quote=Check/);
	await write.click();
	await expect(page.getByRole('heading', { level: 1, name: 'New question' })).toBeVisible();
	await expect(page.getByLabel('Quote (verbatim)')).toHaveValue(quote);
	await expect(page.getByLabel('Cited passages', { exact: true })).toHaveValues([passageId]);
	await page.getByLabel('Bank').selectOption({ label: bankTitle });
	await fillQuestion(page, 'A first question on fluids.');
	await page.getByRole('button', { name: 'Save draft' }).click();
	await expect(page.getByRole('heading', { level: 1, name: /^Edit question / })).toBeVisible();
	const editor = new URL(page.url()).pathname;
	await expect(
		page.getByRole('heading', { name: 'Item-writing rules this question breaks' })
	).toHaveCount(0);
	await expect(page.getByRole('region', { name: 'Preview of the saved draft' })).toContainText(
		QUESTION.leadIn
	);
	await expect(page.getByRole('button', { name: 'Approve and publish' })).toHaveCount(0);
	await page.getByRole('button', { name: 'Ask for review' }).click();
	await expect(page.getByText('Sent for review.')).toBeVisible();

	// The reviewer asks for a change; the author answers; the reviewer publishes.
	const second = await signedIn(browser, reviewer.email);
	await second.goto('/educator/review');
	await second.getByRole('link', { name: editor.split('/')[2] }).click();
	await second.getByLabel('Comment for the author').fill('Say which day after surgery.');
	await second.getByRole('button', { name: 'Send back to the author' }).click();
	await expect(second.getByText('Sent back to the author with your comment.')).toBeVisible();
	await page.goto(editor);
	await expect(
		page
			.getByRole('region', { name: 'Review and publishing' })
			.getByText('Say which day after surgery.')
	).toBeVisible();
	await page.getByLabel('Comment or answer').fill('It is the first day; the lead-in says so.');
	await page.getByRole('button', { name: 'Add comment' }).click();
	await page.getByRole('button', { name: 'Ask for review' }).click();
	await second.goto(editor);
	await expect(
		second
			.getByRole('region', { name: 'Review and publishing' })
			.getByText('It is the first day; the lead-in says so.')
	).toBeVisible();
	await second.getByRole('button', { name: 'Approve and publish' }).click();
	await expect(second.getByText('Published: learners get this version')).toBeVisible();

	// A learner answers version 1.
	const learnerPage = await signedIn(browser, learner.email);
	await startSession(learnerPage, { banks: [bankTitle], count: 1 });
	await expect(learnerPage.getByText(QUESTION.leadIn)).toBeVisible();
	await learnerPage
		.getByRole('radio', { name: /Hourly/ })
		.first()
		.check();
	await learnerPage.getByRole('button', { name: 'Submit answer' }).click();
	await expect(learnerPage.getByRole('region', { name: 'Correct' })).toBeVisible();
	await learnerPage.getByRole('button', { name: 'Finish session' }).click();
	await expect(learnerPage.getByRole('heading', { name: 'Session results' })).toBeVisible();
	const results = learnerPage.url();

	// Version 2: the earlier answer still shows version 1.
	await page.goto(editor);
	await page.getByLabel('Stem (the vignette or statement)').fill(`${QUESTION.stem} He is 70.`);
	await page.getByLabel('Why this change (kept with the version)').fill('His age added.');
	await page.getByRole('button', { name: 'Save draft' }).click();
	await page.getByRole('button', { name: 'Ask for review' }).click();
	await second.goto(editor);
	await second.getByRole('button', { name: 'Approve and publish' }).click();
	await expect(second.getByText('Published: learners get this version')).toBeVisible();
	await learnerPage.goto(results);
	await expect(learnerPage.getByText(QUESTION.stem, { exact: true })).toBeVisible();
	await expect(learnerPage.getByText('He is 70.')).toHaveCount(0);
	await page.goto(`${editor.replace(/\/edit$/, '')}/history`);
	await expect(
		page.getByRole('row', {
			name: /v2 \(served\).*Sister Author.*approved by Dr Reviewer.*His age added/
		})
	).toBeVisible();
	await page.getByLabel('From').selectOption('1');
	await page.getByLabel('to').selectOption('2');
	await page.getByRole('button', { name: 'Compare' }).click();
	await expect(page.locator('ins')).toContainText('He is 70.');

	// A revision of the document flags the question that cites the changed passage.
	await page.goto(`/sources/${slug}/revise`);
	await page
		.getByLabel('Text', { exact: true })
		.fill(GUIDE.replace('every hour', 'every hour, and more often if it falls'));
	await page.getByLabel('Note (what changed, where it came from)').fill('Falling output');
	await page.getByRole('button', { name: 'Save revision 2' }).click();
	await expect(page.getByRole('heading', { level: 1, name: /^Revision 2 of / })).toBeVisible();
	await page.goto(`/sources/${slug}`);
	const coverage = page.getByRole('region', { name: 'Coverage' });
	await expect(coverage).toContainText(
		'1 question cites a passage that changed since it was written'
	);
	await coverage.getByRole('link', { name: editor.split('/')[2] }).click();
	await expect(page).toHaveURL(editor);

	// A learner's report is fixed from the queue, and the learner is told.
	await startSession(learnerPage, { banks: [bankTitle], count: 1 });
	await learnerPage.getByText('Report a problem with this question').click();
	await learnerPage.getByLabel('What is wrong?').fill('Does "first day" mean 24 hours?');
	await learnerPage.getByRole('button', { name: 'Send report' }).click();
	await expect(learnerPage.getByText('An educator will review the question.')).toBeVisible();
	await page.goto('/educator/reports');
	await page.getByRole('link', { name: `Fix it in the editor (${editor.split('/')[2]})` }).click();
	await expect(page.getByRole('region', { name: 'Open problem reports' })).toContainText(
		'Does "first day" mean 24 hours?'
	);
	await page
		.getByLabel('Lead-in (the question asked)')
		.fill('How often is his urine output checked in the first 24 hours?');
	await page
		.getByLabel('Why this change (kept with the version)')
		.fill('First 24 hours, as asked.');
	await page.getByRole('button', { name: 'Save draft' }).click();
	await page.getByRole('button', { name: 'Ask for review' }).click();
	await second.goto(editor);
	await second.getByRole('button', { name: 'Approve and publish' }).click();
	await learnerPage.goto('/');
	await expect(learnerPage.getByRole('region', { name: 'Messages for you' })).toContainText(
		'was fixed in version 3: First 24 hours, as asked.'
	);
	await page.goto('/educator/reports');
	await expect(
		page.getByRole('link', { name: `Fix it in the editor (${editor.split('/')[2]})` })
	).toHaveCount(0);
	await Promise.all([second.context().close(), learnerPage.context().close()]);
});

test('without JavaScript an educator writes, corrects and publishes a question through plain forms', async ({
	browser,
	expectErrorResponse
}) => {
	expectErrorResponse('/items/new', 400);
	test.setTimeout(240_000);
	const suffix = Date.now().toString(36);
	const author = await createAccount({ role: 'educator', name: 'Form Author' });
	const reviewer = await createAccount({ role: 'educator', name: 'Form Reviewer' });
	const page = await signedIn(browser, author.email, false);
	await page.goto('/sources/new');
	const title = `Ward fluids by form ${suffix}`;
	await page.getByLabel('Title').fill(title);
	await page.getByLabel('Text', { exact: true }).fill(GUIDE);
	await page.getByLabel('Note (what changed, where it came from)').fill('Ward policy');
	await page.getByRole('button', { name: 'Add the document' }).click();
	const slug = new URL(page.url()).pathname.split('/').pop()!;
	const passageId = `${slug}/fluid-balance-2`;
	await page
		.getByRole('link', { name: `Write a question from this passage (${passageId})` })
		.click();
	await expect(page.getByLabel('Cited passages', { exact: true })).toHaveValues([passageId]);

	await page.getByLabel('Bank').selectOption({ label: 'MDT planning' });
	await page.getByRole('button', { name: 'Save draft' }).click();
	await expect(page.getByText('The question was not saved: see the messages below.')).toBeVisible();
	await expect(page.getByText('Say why you are writing this question.')).toBeVisible();

	await page.getByLabel('Stem (the vignette or statement)').fill('A stem without the rest.');
	await page.getByLabel('Why this change (kept with the version)').fill('Started.');
	await page.getByRole('button', { name: 'Save draft' }).click();
	await expect(page.getByRole('heading', { level: 1, name: /^Edit question / })).toBeVisible();
	const editor = new URL(page.url()).pathname;
	expectErrorResponse(editor, 409);
	await expect(page.getByLabel('Lead-in (the question asked)')).toHaveAccessibleDescription(
		/the lead-in is empty/
	);
	await expect(page.getByRole('button', { name: 'Ask for review' })).toBeDisabled();

	await fillQuestion(page, 'Completed.');
	await page.getByLabel('Quote (verbatim)').fill('urine output every two hours');
	await page.getByRole('button', { name: 'Preview' }).click();
	await expect(
		page.getByRole('region', { name: 'Preview of what you typed (not saved)' })
	).toContainText(QUESTION.leadIn);
	await expect(page.getByLabel('Quote (verbatim)')).toHaveAccessibleDescription(
		/not found verbatim/
	);
	await page.getByLabel('Quote (verbatim)').fill('Check the urine output every hour');
	await page.getByRole('button', { name: 'Save draft' }).click();
	await expect(page.getByText('Draft saved.')).toBeVisible();
	await page.getByRole('button', { name: 'Ask for review' }).click();
	await expect(page.getByText('Sent for review.')).toBeVisible();

	const second = await signedIn(browser, reviewer.email, false);
	await second.goto(editor);
	await second.getByRole('button', { name: 'Approve and publish' }).click();
	await expect(second.getByText('Published: learners get this version')).toBeVisible();
	// The author's page is now out of date: the next step says so and changes nothing.
	await page.getByRole('button', { name: 'Discard the draft' }).click();
	await expect(page.getByRole('alert')).toContainText('no open draft');
	await second.goto('/educator/banks');
	await expect(second.getByRole('row', { name: /MDT planning/ })).toBeVisible();
	await Promise.all([page.context().close(), second.context().close()]);
});

test('with JavaScript a broken rule shows beside the field as the author types, and goes once fixed', async ({
	page
}) => {
	const author = await createAccount({ role: 'educator', name: 'Live Author' });
	await logIn(page, author.email);
	await page.goto('/items/new');
	await page.getByLabel('Asks the learner to').selectOption('decision');
	const stem = page.getByLabel('Stem (the vignette or statement)');
	await stem.fill('Jaundice after a liver resection.');
	const rule = /a decision item needs a vignette whose data decide the answer/;
	const beside = page.locator('#stem-problems');
	await expect(beside).toContainText(rule);
	await expect(stem).toHaveAccessibleDescription(rule);
	await expect(stem).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByRole('status').filter({ hasText: rule })).toContainText('Problem:');
	// Only the fields the author reached show their rules: the empty lead-in waits for its turn.
	await expect(page.getByLabel('Lead-in (the question asked)')).not.toHaveAttribute(
		'aria-invalid',
		'true'
	);
	await expectAccessible(page);

	await stem.fill(
		'A 64-year-old man is jaundiced five days after a right hepatectomy for colorectal metastases. His bilirubin has risen daily and his INR is 1.9.'
	);
	await expect(beside).toHaveCount(0);
	await expect(stem).not.toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByRole('status').filter({ hasText: rule })).toContainText('Fixed:');
	await expect(page).toHaveURL(/\/items\/new$/);
});

test('of two tabs saving the same draft, the second is refused with its text kept', async ({
	browser,
	expectErrorResponse
}) => {
	const author = await createAccount({ role: 'educator', name: 'Tab Author' });
	const first = await signedIn(browser, author.email);
	await first.goto('/items/new');
	await first.getByLabel('Bank').selectOption({ label: 'MDT planning' });
	await first.getByLabel('Stem (the vignette or statement)').fill('A draft open in two tabs.');
	await first.getByLabel('Why this change (kept with the version)').fill('Started.');
	await first.getByRole('button', { name: 'Save draft' }).click();
	await expect(first.getByRole('heading', { level: 1, name: /^Edit question / })).toBeVisible();
	const editor = new URL(first.url()).pathname;
	const second = await first.context().newPage();
	await second.goto(editor);

	const leadIn = (page: Page) => page.getByLabel('Lead-in (the question asked)');
	const note = (page: Page) => page.getByLabel('Why this change (kept with the version)');
	await leadIn(first).fill('What is the most suitable next step?');
	await note(first).fill('Lead-in written.');
	await first.getByRole('button', { name: 'Save draft' }).click();
	await expect(first.getByText('Draft saved.')).toBeVisible();

	expectErrorResponse(editor, 409);
	await leadIn(second).fill('Which investigation comes first?');
	await note(second).fill('A different lead-in.');
	await second.getByRole('button', { name: 'Save draft' }).click();
	await expect(second.getByRole('alert')).toContainText('The draft changed since you opened it');
	await expect(leadIn(second)).toHaveValue('Which investigation comes first?');
	await expect(note(second)).toHaveValue('A different lead-in.');
	await first.reload();
	await expect(leadIn(first)).toHaveValue('What is the most suitable next step?');
	await first.context().close();
});

test('a double-click on Publish publishes one version, and authors who share a name are told apart in the history', async ({
	browser
}) => {
	test.setTimeout(240_000);
	const suffix = Date.now().toString(36);
	const ward = await createAccount({ role: 'educator', name: 'Alex Morgan' });
	const theatre = await createAccount({ role: 'educator', name: 'Alex Morgan' });
	const a = await signedIn(browser, ward.email);
	const { bankTitle, passageId } = await bankAndDocument(a, `${suffix} twins`, theatre);
	const editor = await writeQuestion(a, bankTitle, passageId, 'First version.');
	await a.getByRole('button', { name: 'Ask for review' }).click();
	await expect(a.getByText('Sent for review.')).toBeVisible();

	const b = await signedIn(browser, theatre.email);
	await b.goto(editor);
	await b.getByRole('button', { name: 'Approve and publish' }).dblclick();
	await expect(b.getByText('Published: learners get this version')).toBeVisible();
	await b.getByLabel('Stem (the vignette or statement)').fill(`${QUESTION.stem} He is 70.`);
	await b.getByLabel('Why this change (kept with the version)').fill('His age added.');
	await b.getByRole('button', { name: 'Save draft' }).click();
	await b.getByRole('button', { name: 'Ask for review' }).click();
	await expect(b.getByText('Sent for review.')).toBeVisible();
	await a.goto(editor);
	await a.getByRole('button', { name: 'Approve and publish' }).dblclick();
	await expect(a.getByText('Published: learners get this version')).toBeVisible();

	await a.goto(`${editor.replace(/\/edit$/, '')}/history`);
	await expect(a.locator('tbody tr')).toHaveCount(2);
	const v1 = a.getByRole('row', { name: /^v1 / });
	const v2 = a.getByRole('row', { name: /^v2 \(served\)/ });
	await expect(v1).toContainText(`Alex Morgan (${ward.email})`);
	await expect(v1).toContainText(`approved by Alex Morgan (${theatre.email})`);
	await expect(v2).toContainText(`Alex Morgan (${theatre.email})`);
	await expect(v2).toContainText(`approved by Alex Morgan (${ward.email})`);
	await Promise.all([a.context().close(), b.context().close()]);
});

test('an author with a long name keeps the version history inside the screen', async ({
	browser
}) => {
	test.setTimeout(180_000);
	// As long as a display name may be (80 characters), with no space to break the line at.
	const longName =
		'Anneliese-Marguerite-Oyelaran-Featherstonehaugh-Wolfeschlegelsteinhausen-Smythes';
	expect(longName).toHaveLength(80);
	const suffix = Date.now().toString(36);
	const admin = await createAccount({ role: 'admin', name: longName });
	const coAuthor = await createAccount({ role: 'educator', name: 'Co Author' });
	const page = await signedIn(browser, admin.email);
	const { bankTitle, passageId } = await bankAndDocument(page, `${suffix} long`, coAuthor);
	const editor = await writeQuestion(page, bankTitle, passageId, 'First version.');
	await page
		.getByRole('button', { name: 'Publish as administrator, without a second review' })
		.click();
	await expect(page.getByText('Published: learners get this version')).toBeVisible();

	await page.goto(`${editor.replace(/\/edit$/, '')}/history`);
	const v1 = page.getByRole('row', { name: /^v1 \(served\)/ });
	await expect(v1).toContainText(`${longName} (${admin.email})`);
	await expect(v1).toContainText('published alone by administrator');
	for (const width of [1280, 360]) {
		await page.setViewportSize({ width, height: 800 });
		expect(
			await page.evaluate(
				() => document.documentElement.scrollWidth <= document.documentElement.clientWidth
			)
		).toBe(true);
	}
	await expectAccessible(page);
	await page.context().close();
});

test("a short answer's editor offers the quote's numbers, abbreviations and glossary terms as blanks", async ({
	page
}) => {
	const educator = await createAccount({ role: 'educator' });
	await logIn(page, educator.email);
	await page.goto('/items/ablation-ire-recall/edit');
	const blanks = page.getByRole('group', { name: /Blank one of these from the quote/ });
	// "IRE" is an abbreviation; "Irreversible electroporation" is a term the bank's questions key.
	await expect(blanks.getByRole('button', { name: 'Blank “IRE”' })).toBeVisible();
	await blanks.getByRole('button', { name: 'Blank “Irreversible electroporation”' }).click();
	await expect(page.getByLabel('Stem (the vignette or statement)')).toHaveValue(
		/^____ \(IRE\) is another modern ablation/
	);
	await expect(page.getByLabel('Accepted answers, one per line')).toHaveValue(
		/^Irreversible electroporation/
	);
});
