import { runLoad, sendOnce, type LoadResult } from './load';
import type { Scenario } from './scenarios';
import { waitUntilIdle, type RunningServer } from './server';

export interface ScenarioResult {
	id: string;
	title: string;
	status: 'ok' | 'missing' | 'failed';
	connections: number;
	requests: number;
	/** The median run's rate; with one run, that run's. */
	requestsPerSecond: number;
	/** Each measured run's rate, in the order run: the range around the median. */
	runsPerSecond: number[];
	p50Ms: number;
	p99Ms: number;
	errors: number;
	/** Highest RSS of the server while the scenario ran, in MB. */
	peakRssMb: number;
	/** The first request, sent alone before the warm-up: shows caches and cold paths. */
	firstRequestMs: number | null;
	note: string;
}

function notRun(scenario: Scenario, status: 'missing' | 'failed', note: string): ScenarioResult {
	return {
		id: scenario.id,
		title: scenario.title,
		status,
		connections: scenario.shape.connections,
		requests: 0,
		requestsPerSecond: 0,
		runsPerSecond: [],
		p50Ms: 0,
		p99Ms: 0,
		errors: 0,
		peakRssMb: 0,
		firstRequestMs: null,
		note
	};
}

/** Checks a scenario with one request, warms the server up, then measures it `runCount` times. */
export async function measure(
	scenario: Scenario,
	server: RunningServer,
	runCount = 1
): Promise<ScenarioResult> {
	const { shape } = scenario;
	const stopped = () => server.exitReason();
	if (stopped()) return notRun(scenario, 'failed', `server not running: ${stopped()}`);
	await waitUntilIdle(server.pid);
	const notes: string[] = [];
	let firstRequestMs: number | null = null;
	if (scenario.probe) {
		const started = performance.now();
		const probe = await sendOnce(server.url, scenario.next());
		firstRequestMs = performance.now() - started;
		if (scenario.mayBeMissing && probe.status === 404)
			return notRun(scenario, 'missing', 'route answers 404: not built yet');
		if (!scenario.expect(probe))
			notes.push(`unexpected: ${probe.status} ${probe.body.slice(0, 120)}`);
	}
	const load = {
		url: server.url,
		connections: shape.connections,
		next: scenario.next,
		expect: scenario.expect
	};
	if (shape.kind === 'duration' && shape.warmup > 0) {
		await runLoad({ ...load, duration: shape.warmup });
		await waitUntilIdle(server.pid);
	}
	// Throughput drifts from run to run on a shared machine: a duration is run `runs` times and
	// the median run reported, with the others as its range.
	const runs = shape.kind === 'duration' ? Math.max(1, runCount) : 1;
	const measured: { result: LoadResult; peakRssMb: number; notes: string[] }[] = [];
	for (let run = 0; run < runs; run++) {
		const runNotes: string[] = [];
		await scenario.beforeRun?.();
		server.memory.reset();
		const result =
			shape.kind === 'duration'
				? await runLoad({ ...load, duration: shape.seconds })
				: await runLoad({ ...load, amount: shape.amount, overallRate: shape.rate });
		if (!scenario.probe && result.errors && scenario.mayBeMissing && result.statusCodes['404'])
			return notRun(scenario, 'missing', 'route answers 404: not built yet');
		// Let the server finish what it received, so that its effects can be checked.
		await waitUntilIdle(server.pid);
		if (result.firstUnexpected)
			runNotes.push(`unexpected: ${result.firstUnexpected.slice(0, 160)}`);
		if (result.timeouts) runNotes.push(`${result.timeouts} timeouts`);
		if (stopped()) runNotes.push(`the server stopped during the run: ${stopped()}`);
		if (scenario.verify) runNotes.push(await scenario.verify(result));
		measured.push({ result, peakRssMb: server.memory.windowPeak(), notes: runNotes });
		if (stopped()) break;
	}
	const byRate = [...measured].sort(
		(a, b) => a.result.requestsPerSecond - b.result.requestsPerSecond
	);
	const median = byRate[Math.floor((byRate.length - 1) / 2)];
	const errors = measured.reduce((sum, m) => sum + m.result.errors, 0);
	notes.push(...new Set(measured.flatMap((m) => m.notes)));
	return {
		id: scenario.id,
		title: scenario.title,
		status: errors ? 'failed' : 'ok',
		connections: shape.connections,
		requests: median.result.requests,
		requestsPerSecond: median.result.requestsPerSecond,
		runsPerSecond: measured.map((m) => m.result.requestsPerSecond),
		p50Ms: median.result.p50Ms,
		p99Ms: median.result.p99Ms,
		errors,
		peakRssMb: Math.max(...measured.map((m) => m.peakRssMb)),
		firstRequestMs,
		note: notes.join('; ')
	};
}
