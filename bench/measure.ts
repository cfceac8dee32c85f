import { runLoad, sendOnce } from './load';
import type { Scenario } from './scenarios';
import { waitUntilIdle, type RunningServer } from './server';

export interface ScenarioResult {
	id: string;
	title: string;
	status: 'ok' | 'missing' | 'failed';
	connections: number;
	requests: number;
	requestsPerSecond: number;
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
		p50Ms: 0,
		p99Ms: 0,
		errors: 0,
		peakRssMb: 0,
		firstRequestMs: null,
		note
	};
}

/** Checks a scenario with one request, warms the server up, then measures it. */
export async function measure(scenario: Scenario, server: RunningServer): Promise<ScenarioResult> {
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
	scenario.beforeRun?.();
	server.memory.reset();
	const result =
		shape.kind === 'duration'
			? await runLoad({ ...load, duration: shape.seconds })
			: await runLoad({ ...load, amount: shape.amount, overallRate: shape.rate });
	if (!scenario.probe && result.errors && scenario.mayBeMissing && result.statusCodes['404'])
		return notRun(scenario, 'missing', 'route answers 404: not built yet');
	// Let the server finish what it received, so that its effects can be checked.
	await waitUntilIdle(server.pid);
	if (result.firstUnexpected) notes.push(`unexpected: ${result.firstUnexpected.slice(0, 160)}`);
	if (result.timeouts) notes.push(`${result.timeouts} timeouts`);
	if (stopped()) notes.push(`the server stopped during the run: ${stopped()}`);
	if (scenario.verify) notes.push(scenario.verify(result));
	return {
		id: scenario.id,
		title: scenario.title,
		status: result.errors ? 'failed' : 'ok',
		connections: shape.connections,
		requests: result.requests,
		requestsPerSecond: result.requestsPerSecond,
		p50Ms: result.p50Ms,
		p99Ms: result.p99Ms,
		errors: result.errors,
		peakRssMb: server.memory.windowPeak(),
		firstRequestMs,
		note: notes.join('; ')
	};
}
