import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** Every server this process started, so that none outlives it, whatever way it ends. */
const running = new Set<ChildProcess>();

function killAll(): void {
	for (const child of running) child.kill('SIGKILL');
	running.clear();
}

process.on('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.on(signal, () => {
		killAll();
		process.exit(130);
	});
}

/** A port nobody listens on now: bind to port 0 and let the kernel choose. */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			probe.close(() => resolve(port));
		});
	});
}

/** Resident memory of a process, from /proc: now (VmRSS) and its lifetime peak (VmHWM), in MB. */
export function readMemory(pid: number): { rssMb: number; peakMb: number } | null {
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
		return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
	} catch {
		return null;
	}
}

/** CPU time a process has used so far, in clock ticks (utime + stime from /proc/PID/stat). */
function cpuTicks(pid: number): number {
	try {
		// The command name (field 2) may contain spaces; the fields after it do not.
		const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
		return Number(fields[11]) + Number(fields[12]);
	} catch {
		return 0;
	}
}

/**
 * Waits until a process is nearly idle (under ~10% of a core for a quarter second). A load run
 * stops sending when its time is up, but the server still works through what it received; the
 * next scenario must not start on top of that.
 */
export async function waitUntilIdle(pid: number, timeoutMs = 30_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	let before = cpuTicks(pid);
	while (Date.now() < deadline) {
		await new Promise((r) => setTimeout(r, 250));
		const now = cpuTicks(pid);
		// Ticks are hundredths of a second: 2 ticks in 250 ms is 8% of a core.
		if (now - before <= 2) return;
		before = now;
	}
}

/** Samples a process's RSS often enough to catch the peak of a ten-second scenario. */
export class MemorySampler {
	private windowPeakMb = 0;
	private timer: NodeJS.Timeout;

	constructor(private pid: number) {
		this.timer = setInterval(() => this.sample(), 100);
		this.timer.unref();
	}

	private sample(): void {
		const memory = readMemory(this.pid);
		if (memory) this.windowPeakMb = Math.max(this.windowPeakMb, memory.rssMb);
	}

	/** Starts a new measuring window. */
	reset(): void {
		this.windowPeakMb = 0;
		this.sample();
	}

	/** The highest RSS seen since the last reset. */
	windowPeak(): number {
		this.sample();
		return this.windowPeakMb;
	}

	stop(): void {
		clearInterval(this.timer);
	}
}

export interface RunningServer {
	name: string;
	/** Where requests go: the loopback address, never a name that might resolve elsewhere. */
	url: string;
	/** The address the server believes it has (ORIGIN), for the CSRF check's origin header. */
	origin: string;
	pid: number;
	memory: MemorySampler;
	/** The server's lifetime peak RSS so far (VmHWM), in MB. */
	lifetimePeakMb(): number;
	/** The last lines the server printed, to explain a failure. */
	output(): string;
	/** Why the server stopped, if it has stopped; null while it runs. */
	exitReason(): string | null;
	stop(): Promise<void>;
}

export interface ServerOptions {
	name: string;
	entry: string;
	cwd: string;
	env: Record<string, string>;
	/** Extra arguments for node, such as --cpu-prof. */
	nodeArgs?: string[];
}

async function waitUntilReady(url: string, child: ChildProcess, output: () => string) {
	const deadline = Date.now() + 60_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`The server exited early:\n${output()}`);
		try {
			await fetch(url, { redirect: 'manual' });
			return;
		} catch {
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	throw new Error(`The server did not answer within a minute:\n${output()}`);
}

/** Starts a Node server on a free loopback port and resolves once it answers HTTP. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
	const port = await freePort();
	const origin = `http://localhost:${port}`;
	const child = spawn(process.execPath, [...(options.nodeArgs ?? []), options.entry], {
		cwd: options.cwd,
		env: {
			...process.env,
			NODE_ENV: 'production',
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: origin,
			...options.env
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	running.add(child);
	let log = '';
	const keep = (chunk: Buffer) => (log = (log + chunk.toString()).slice(-20_000));
	child.stdout?.on('data', keep);
	child.stderr?.on('data', keep);
	let exitReason: string | null = null;
	child.once('exit', (code, signal) => {
		exitReason = signal ? `killed by ${signal}` : `exited with code ${code}`;
	});
	const url = `http://127.0.0.1:${port}`;
	try {
		await waitUntilReady(url, child, () => log);
	} catch (error) {
		child.kill('SIGKILL');
		running.delete(child);
		throw error;
	}
	const pid = child.pid!;
	const memory = new MemorySampler(pid);
	return {
		name: options.name,
		url,
		origin,
		pid,
		memory,
		lifetimePeakMb: () => readMemory(pid)?.peakMb ?? 0,
		output: () => log,
		exitReason: () => exitReason,
		stop: async () => {
			memory.stop();
			if (child.exitCode === null && child.signalCode === null) {
				const exited = new Promise((r) => child.once('exit', r));
				child.kill('SIGTERM');
				const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
				await exited;
				clearTimeout(timer);
			}
			running.delete(child);
		}
	};
}
