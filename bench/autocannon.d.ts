// The parts of autocannon's API the benchmark uses; the package ships no types of its own.
declare module 'autocannon' {
	import type { EventEmitter } from 'node:events';

	export interface Request {
		method?: string;
		path?: string;
		headers?: Record<string, string>;
		body?: string | Buffer;
		setupRequest?: (request: Request, context: object) => Request | null;
		onResponse?: (
			status: number,
			body: string,
			context: object,
			headers: Record<string, string | string[]>
		) => void;
	}

	export interface Client extends EventEmitter {
		setRequests(requests: Request[]): void;
	}

	export interface Options {
		url: string;
		connections?: number;
		duration?: number;
		amount?: number;
		overallRate?: number;
		timeout?: number;
		setupClient?: (client: Client) => void;
	}

	export interface Histogram {
		average: number;
		mean: number;
		min: number;
		max: number;
		p50: number;
		p90: number;
		p99: number;
		total: number;
	}

	export interface Result {
		requests: Histogram;
		latency: Histogram;
		duration: number;
		errors: number;
		timeouts: number;
		non2xx: number;
		statusCodeStats: Record<string, { count: number }>;
	}

	export interface Instance extends EventEmitter, PromiseLike<Result> {
		stop(): void;
	}

	export default function autocannon(options: Options): Instance;
}
