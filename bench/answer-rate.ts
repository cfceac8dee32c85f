// Answers per second through the domain API, in this process with no HTTP server:
// npx tsx bench/answer-rate.ts [--answers 3000] [--runs 3]
// Each run records tutor answers (settled at once: review card, running totals and peers'
// tallies) into a fresh temporary database holding the real banks, and the median run is
// reported, by the clock and by CPU time (which says more on a machine busy with other work).
// Commits are not made durable (synchronous=OFF): this measures the work of an answer, not the
// disk, which the HTTP bench measures with shared commits.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { banks, loadSourceDocument } from '../src/lib/content';
import { MAX_SESSION_ITEMS } from '../src/lib/quiz';
import type { ItemSpec } from '../src/lib/content/types';
import { openDatabase, type DB } from '../src/lib/server/db';
import type { Response } from '../src/lib/server/db/schema';
import { loadBanks } from '../src/lib/server/bank/sync';
import { beginSession } from '../src/lib/server/quiz/build';
import { transaction } from '../src/lib/server/db/steps';
import { loadSlot, recordAnswerStep } from '../src/lib/server/quiz/session';
import { storeLearner } from '../src/lib/server/testing/fixtures';

const { values } = parseArgs({
	options: {
		answers: { type: 'string', default: '3000' },
		runs: { type: 'string', default: '3' }
	}
});
const wanted = Number(values.answers);
const runs = Number(values.runs);

/** A response of the item's kind, right or wrong by turns. */
function responseFor(spec: ItemSpec, turn: number): Response {
	if (spec.shortAnswer) return { kind: 'text', text: turn % 2 ? 'wrong' : 'right' };
	if (spec.stems?.length)
		return {
			kind: 'matching',
			chosen: Object.fromEntries(spec.stems.map((s, i) => [s.id, (i + turn) % spec.options.length]))
		};
	return { kind: 'choice', chosen: [turn % spec.options.length] };
}

interface Prepared {
	session: Parameters<typeof recordAnswerStep>[2];
	position: number;
	response: Response;
}

/** Sessions enough for the answers wanted, started before the clock runs, one learner each. */
async function prepare(db: DB): Promise<Prepared[]> {
	const work: Prepared[] = [];
	while (work.length < wanted) {
		const learner = await storeLearner(db);
		const started = await beginSession(db, learner.id, {
			mode: 'tutor',
			settings: {
				bankIds: banks.map((b) => b.id),
				selection: 'all',
				difficulty: 'any',
				audience: 'any',
				requestedCount: MAX_SESSION_ITEMS
			}
		});
		if (!started.ok) throw new Error(started.message);
		const { session } = started;
		for (let position = 1; position <= session.itemCount && work.length < wanted; position++) {
			const slot = (await loadSlot(db, session.id, position))!;
			work.push({ session, position, response: responseFor(slot.spec, work.length) });
		}
	}
	return work;
}

async function once(): Promise<{ clock: number; cpu: number }> {
	const dir = mkdtempSync(path.join(tmpdir(), 'answer-rate-'));
	try {
		const db = openDatabase(path.join(dir, 'bench.db'));
		db.$client.pragma('synchronous = OFF');
		await loadBanks(db, loadSourceDocument(), banks);
		const work = await prepare(db);
		const start = performance.now();
		const used = process.cpuUsage();
		for (const { session, position, response } of work) {
			// Each answer in a transaction of its own, as a tutor answer is, without the shared commit.
			const result = await transaction(db, (tx) =>
				recordAnswerStep(db, tx, session, position, response, 'sure', new Date())
			);
			if (!result.ok) throw new Error(result.reason);
		}
		const seconds = (performance.now() - start) / 1000;
		const { user, system } = process.cpuUsage(used);
		db.$client.close();
		return { clock: work.length / seconds, cpu: work.length / ((user + system) / 1e6) };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

const runsDone: { clock: number; cpu: number }[] = [];
for (let i = 0; i < runs; i++) {
	const rate = await once();
	runsDone.push(rate);
	console.log(
		`run ${i + 1}: ${rate.clock.toFixed(0)} answers/s, ${rate.cpu.toFixed(0)} answers per CPU second`
	);
}
const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(
	`median of ${runs}: ${median(runsDone.map((r) => r.clock)).toFixed(0)} answers/s, ${median(runsDone.map((r) => r.cpu)).toFixed(0)} answers per CPU second (${wanted} answers each)`
);
