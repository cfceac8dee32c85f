import { test, expect } from '../helpers/test';
import { banks } from '../../src/lib/content/banks';
import { createAccount, logIn } from '../helpers/accounts';
import { queryTestDb, runOnTestDb } from '../helpers/db';
import { answerFirstOption } from '../helpers/practice';

const bank = banks.find((b) => b.items.some((i) => i.type === 'extended-matching'))!;
const item = bank.items.find((i) => i.type === 'extended-matching')!;

test('how others answered an extended-matching set is shown scenario by scenario', async ({
	page
}) => {
	const [{ versionId }] = queryTestDb<{ versionId: number }>(
		'select current_version_id as "versionId" from items where id = ?',
		item.id
	);
	const stems = item.stems!;
	// Five earlier answers: the first scenario split 3 to 2, the second 4 to 1 with one left blank.
	const picks: [string, number, number][] = [
		[stems[0].id, 0, 3],
		[stems[0].id, 1, 2],
		[stems[1].id, 2, 4],
		[stems[1].id, -1, 1],
		...stems.slice(2).map((s): [string, number, number] => [s.id, 0, 5])
	];
	runOnTestDb(
		'insert into item_version_tallies (item_version_id, answered) values (?, 5) on conflict (item_version_id) do update set answered = item_version_tallies.answered + 5',
		versionId
	);
	for (const [stemId, option, count] of picks)
		runOnTestDb(
			'insert into stem_picks (item_version_id, stem_id, option, picks) values (?, ?, ?, ?)',
			versionId,
			stemId,
			option,
			count
		);

	const { email } = await createAccount({});
	await logIn(page, email);
	await page.goto(`/practice?bank=${bank.id}&item=${item.id}`);
	await page.getByRole('button', { name: 'Start', exact: true }).click();
	await expect(page.locator('select[name^="stem-"]').first()).toBeVisible();
	await answerFirstOption(page);
	await page.getByRole('button', { name: 'Submit answer' }).click();

	await expect(
		page.getByRole('heading', { name: 'How others answered (5 learners)' })
	).toBeVisible();
	const scenario = (n: number) => page.getByRole('list', { name: new RegExp(`^Scenario ${n}:`) });
	await expect(scenario(1).getByRole('listitem')).toHaveText([
		/^A\. [\s\S]*60%$/,
		/^B\. [\s\S]*40%$/
	]);
	await expect(scenario(2).getByRole('listitem')).toHaveText([
		/^C\. [\s\S]*80%$/,
		/^Left blank\s*20%$/
	]);
});
