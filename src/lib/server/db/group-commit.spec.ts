import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '.';
import { groupCommit } from './group-commit';
import { banks } from './schema';

function bankRow(id: string) {
	return { id, title: id, description: '', position: 0 };
}

describe('group commit', () => {
	it('commits the writes of one turn together, and only then resolves them', async () => {
		const file = `/tmp/liver-quiz-group-${process.pid}-${Date.now()}.db`;
		const db = openDatabase(file);
		const observer = new Database(file, { readonly: true });
		const committedBanks = () =>
			(observer.prepare('select count(*) as n from banks').get() as { n: number }).n;

		const seenBySecond: number[] = [];
		const first = groupCommit(db, () => db.insert(banks).values(bankRow('a')).run().changes);
		const second = groupCommit(db, () => {
			seenBySecond.push(committedBanks());
			return db.insert(banks).values(bankRow('b')).run().changes;
		});
		expect(committedBanks()).toBe(0);

		await expect(Promise.all([first, second])).resolves.toEqual([1, 1]);
		expect(seenBySecond).toEqual([0]);
		expect(committedBanks()).toBe(2);
		observer.close();
		db.$client.close();
		for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
	});

	it('undoes and rejects only the work that throws', async () => {
		const db = openDatabase(':memory:');
		const kept = groupCommit(db, () => db.insert(banks).values(bankRow('kept')).run());
		const failed = groupCommit(db, () => {
			db.insert(banks).values(bankRow('undone')).run();
			throw new Error('refused');
		});
		const nested = groupCommit(db, () =>
			db.transaction((tx) => tx.insert(banks).values(bankRow('nested')).run())
		);
		await expect(failed).rejects.toThrow('refused');
		await Promise.all([kept, nested]);
		const ids = db
			.select({ id: banks.id })
			.from(banks)
			.all()
			.map((b) => b.id)
			.sort();
		expect(ids).toEqual(['kept', 'nested']);
	});

	it('rejects every waiting write when the commit itself fails', async () => {
		const db = openDatabase(':memory:');
		db.$client.exec(
			'create table guarded (id integer primary key, parent text references banks(id) deferrable initially deferred)'
		);
		const fine = groupCommit(db, () => db.insert(banks).values(bankRow('fine')).run());
		const orphan = groupCommit(db, () =>
			db.$client.prepare("insert into guarded (parent) values ('missing')").run()
		);
		await expect(fine).rejects.toThrow(/FOREIGN KEY/);
		await expect(orphan).rejects.toThrow(/FOREIGN KEY/);
		expect(db.select().from(banks).all()).toEqual([]);
	});
});
