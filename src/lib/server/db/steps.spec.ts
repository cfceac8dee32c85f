import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { testDatabase } from '$lib/server/testing/db';
import type { DB } from '.';
import { all, parallel, perform, run, transaction, type Query, type Step } from './steps';
import { banks } from './tables';

function bankRow(id: string, position = 0) {
	return { id, title: id, description: '', position };
}

describe('steps that send queries together', () => {
	let db: DB;
	beforeEach(async () => {
		db = await testDatabase();
	});

	const titles = async () =>
		(await db.select({ id: banks.id }).from(banks).orderBy(banks.id)).map((b) => b.id);

	it('all: runs its queries in order and gives each result', async () => {
		const [inserted, read] = await transaction(db, function* (tx) {
			return yield* all([
				tx.insert(banks).values(bankRow('a')).returning({ id: banks.id }),
				tx.select({ id: banks.id }).from(banks).where(eq(banks.id, 'a'))
			]);
		});
		expect(inserted).toEqual([{ id: 'a' }]);
		expect(read).toEqual([{ id: 'a' }]);
	});

	it('all: throws the error into the step, and the transaction keeps nothing', async () => {
		const caught: unknown[] = [];
		await expect(
			transaction(db, function* (tx) {
				try {
					yield* all([
						tx.insert(banks).values(bankRow('kept-only-with-commit')),
						tx.insert(banks).values(bankRow('dup')),
						tx.insert(banks).values(bankRow('dup'))
					]);
				} catch (error) {
					caught.push(error);
					throw error;
				}
			})
		).rejects.toThrow();
		expect(caught).toHaveLength(1);
		expect(await titles()).toEqual([]);
	});

	it('parallel: each step goes on with its own results and returns its own value', async () => {
		function* insertThenCount(tx: typeof db, ids: string[]): Step<number> {
			for (const id of ids) yield* run(tx.insert(banks).values(bankRow(id)));
			const rows = yield* run(tx.select({ id: banks.id }).from(banks));
			return rows.length;
		}
		function* readMissing(tx: typeof db): Step<string> {
			const [row] = yield* run(tx.select().from(banks).where(eq(banks.id, 'none')));
			return row ? 'found' : 'missing';
		}
		const result = await transaction(db, (tx) =>
			parallel([insertThenCount(tx as DB, ['x', 'y']), readMissing(tx as DB)])
		);
		expect(result[1]).toBe('missing');
		expect(result[0]).toBe(2);
		expect(await titles()).toEqual(['x', 'y']);
	});

	it('parallel: a step that catches its own error goes on, the others unaffected', async () => {
		await db.insert(banks).values(bankRow('taken'));
		function* tryInsert(id: string): Step<string> {
			try {
				yield* run(db.insert(banks).values(bankRow(id)));
				return 'inserted';
			} catch {
				return 'refused';
			}
		}
		const outcome = await perform(db, parallel([tryInsert('taken'), tryInsert('free')]));
		expect(outcome).toEqual(['refused', 'inserted']);
		expect(await titles()).toEqual(['free', 'taken']);
	});

	it('parallel: an error no step catches rolls the transaction back', async () => {
		await expect(
			transaction(db, (tx) =>
				parallel([
					run(tx.insert(banks).values(bankRow('one'))),
					run(tx.insert(banks).values([bankRow('two'), bankRow('two')]))
				])
			)
		).rejects.toThrow();
		expect(await titles()).toEqual([]);
	});
});

describe('parallel, round by round', () => {
	it('sends one batch a round, holding the next query of each step not yet ended', () => {
		const query = (name: string) => ({ name }) as unknown as Query;
		function* steps(names: string[]): Step<string[]> {
			const seen: string[] = [];
			for (const name of names) seen.push((yield query(name)) as string);
			return seen;
		}
		const runner = parallel([steps(['a1', 'a2', 'a3']), steps(['b1']), steps([])]);
		const rounds: string[][] = [];
		let next = runner.next();
		while (!next.done) {
			const batch = next.value as unknown as { queries: { name: string }[] };
			const names = batch.queries.map((q) => q.name);
			rounds.push(names);
			next = runner.next(names.map((value) => ({ status: 'fulfilled', value })));
		}
		expect(rounds).toEqual([['a1', 'b1'], ['a2'], ['a3']]);
		expect(next.value).toEqual([['a1', 'a2', 'a3'], ['b1'], []]);
	});
});
