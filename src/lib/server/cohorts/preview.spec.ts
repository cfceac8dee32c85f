import { beforeAll, describe, expect, it } from 'vitest';
import { banks } from '$lib/content';
import { contentDatabase } from '$lib/server/testing/content';
import { storeLearner } from '$lib/server/testing/fixtures';
import { selectItemIdsStep } from '$lib/server/quiz/build';
import { perform } from '$lib/server/db/steps';
import { createCohort } from './cohorts';
import { listCohortModules, type ModuleDraw, type ModuleInput } from './modules';
import { moduleSessionInput } from './attempts';
import { assignModule, previewModuleDraw } from './preview';
import type { DB } from '$lib/server/db';
import { newId } from '$lib/server/ids';
import type { TrainingModule } from '$lib/server/db/schema';

const chosen = ['surgery', 'ablation'];
const specs = banks.filter((b) => chosen.includes(b.id)).flatMap((b) => b.items);

describe('previewing the questions a module draws', () => {
	let db: DB;
	beforeAll(async () => {
		db = await contentDatabase(chosen);
	});

	it('lists every question of the chosen banks with no filters, its stem and lead-in', async () => {
		const preview = await previewModuleDraw(db, {
			bankIds: chosen,
			audience: 'any',
			difficulty: 'any'
		});
		expect(preview).toHaveLength(specs.length);
		const first = specs.find((s) => s.id === preview[0].id)!;
		expect(preview[0]).toMatchObject({ stem: first.stem, leadIn: first.leadIn });
	});

	it.each([
		['nurse', 'hard'],
		['doctor', 'easy'],
		['any', 'medium'],
		['nurse', 'any']
	] as const)('keeps only %s questions of %s difficulty', async (audience, difficulty) => {
		const expected = specs
			.filter((s) => audience === 'any' || s.audiences.includes(audience))
			.filter((s) => difficulty === 'any' || s.difficulty === difficulty)
			.map((s) => s.id)
			.sort();
		const preview = await previewModuleDraw(db, { bankIds: chosen, audience, difficulty });
		expect(preview.map((p) => p.id).sort()).toEqual(expected);
		expect(expected.length).toBeGreaterThan(0);
	});

	it('shows exactly the questions an attempt at the module can be served', async () => {
		const draw: ModuleDraw = { bankIds: ['surgery'], audience: 'nurse', difficulty: 'hard' };
		const learner = await storeLearner(db, 'nurse');
		const module = {
			id: 'm',
			bankIds: draw.bankIds,
			audience: draw.audience,
			difficulty: draw.difficulty,
			itemCount: 100,
			secondsPerItem: 60
		} as TrainingModule;
		const served = await perform(
			db,
			selectItemIdsStep(db, db, learner.id, moduleSessionInput(module).settings, new Date())
		);
		expect(served.sort()).toEqual((await previewModuleDraw(db, draw)).map((p) => p.id).sort());
	});
});

describe('assigning a module', () => {
	let db: DB;
	let educator: { id: string };
	let cohort: { id: string };
	beforeAll(async () => {
		db = await contentDatabase(['surgery']);
		educator = await storeLearner(db);
		cohort = await createCohort(db, educator.id, { name: 'Ward 7', description: '' });
	});
	const input = (
		itemCount: number,
		difficulty: 'any' | 'hard' = 'hard',
		title = 'Hard surgery for nurses'
	): ModuleInput => ({
		title,
		bankIds: ['surgery'],
		audience: 'nurse',
		difficulty,
		itemCount,
		secondsPerItem: 60,
		passMark: 80,
		due: { kind: 'after-joining', days: 14 },
		attemptsAllowed: null,
		renewalDays: null
	});
	const matching = banks
		.find((b) => b.id === 'surgery')!
		.items.filter((s) => s.audiences.includes('nurse') && s.difficulty === 'hard').length;

	it('assigns one that asks for every matching question, with its filters', async () => {
		const result = await assignModule(db, cohort.id, educator.id, input(matching));
		expect(result.ok && result.module).toMatchObject({ audience: 'nurse', difficulty: 'hard' });
	});

	it('refuses one that asks for more questions than match, saying how many do', async () => {
		expect(await assignModule(db, cohort.id, educator.id, input(matching + 1))).toEqual({
			ok: false,
			errors: {
				itemCount: `Only ${matching} questions match these banks and filters: ask for ${matching} or fewer, or widen the filters.`
			}
		});
		expect(await listCohortModules(db, cohort.id)).toHaveLength(1);
	});

	it('assigns one module however often one form is sent, and refuses its id in another cohort', async () => {
		const moduleId = newId();
		const first = await assignModule(
			db,
			cohort.id,
			educator.id,
			input(1, 'hard', 'Once'),
			moduleId
		);
		const again = await assignModule(
			db,
			cohort.id,
			educator.id,
			input(1, 'hard', 'Once'),
			moduleId
		);
		expect(first.ok && again.ok && again.module).toEqual(first.ok && first.module);
		expect((await listCohortModules(db, cohort.id)).filter((m) => m.title === 'Once')).toHaveLength(
			1
		);
		const other = await createCohort(db, educator.id, { name: 'Ward 8', description: '' });
		expect(await assignModule(db, other.id, educator.id, input(1), moduleId)).toEqual({
			ok: false,
			errors: { form: 'This form has been sent already: open it again.' }
		});
		expect(await listCohortModules(db, other.id)).toEqual([]);
	});

	it('assigns a second module of a title the cohort has from a form of its own', async () => {
		await assignModule(db, cohort.id, educator.id, input(1, 'hard', 'Annual refresher'));
		await assignModule(db, cohort.id, educator.id, input(1, 'hard', 'Annual refresher'));
		expect(
			(await listCohortModules(db, cohort.id)).filter((m) => m.title === 'Annual refresher')
		).toHaveLength(2);
	});
});
