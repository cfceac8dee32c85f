import { rmSync, statSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '.';
import { checkpointInBackground } from './checkpoint';

describe('background checkpoints', () => {
	it('copy committed pages into the database file without a writer doing it', async () => {
		const file = `/tmp/liver-quiz-checkpoint-${process.pid}-${Date.now()}.db`;
		const db = openDatabase(file);
		const sqlite = db.$client;
		try {
			sqlite.pragma('wal_checkpoint(TRUNCATE)');
			checkpointInBackground(sqlite);
			const before = statSync(file).size;
			sqlite.exec('create table filler (body blob)');
			const insert = sqlite.prepare('insert into filler (body) values (zeroblob(4096))');
			sqlite.transaction(() => {
				for (let i = 0; i < 500; i++) insert.run();
			})();
			// The commit leaves the 500 pages in the log: the writer copies none of them itself.
			expect(statSync(file).size).toBeLessThan(before + 500 * 4096);

			let size = before;
			for (let waited = 0; waited < 5000 && size <= before + 500 * 4096; waited += 100) {
				await sleep(100);
				size = statSync(file).size;
			}
			expect(size).toBeGreaterThan(before + 500 * 4096);
		} finally {
			sqlite.close();
			for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
		}
	});
});
