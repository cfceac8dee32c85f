import autocannon, { type Request } from 'autocannon';

export interface RequestSpec {
	method: 'GET' | 'POST';
	path: string;
	headers: Record<string, string>;
	body?: string;
}

export interface ResponseSeen {
	status: number;
	body: string;
	headers: Record<string, string | string[]>;
}

export interface LoadOptions {
	url: string;
	connections: number;
	/** Seconds to run; or a fixed `amount` of requests, optionally paced by `overallRate`. */
	duration?: number;
	amount?: number;
	overallRate?: number;
	/** The next request to send: called once per request, across all connections. */
	next: () => RequestSpec;
	/** Whether a response is the one expected; anything else counts as an error. */
	expect: (response: ResponseSeen) => boolean;
}

export interface LoadResult {
	requests: number;
	seconds: number;
	requestsPerSecond: number;
	p50Ms: number;
	p99Ms: number;
	/** Unexpected responses, connection errors and timeouts. */
	errors: number;
	timeouts: number;
	statusCodes: Record<string, number>;
	/** One unexpected response, to say what went wrong. */
	firstUnexpected: string | null;
}

/**
 * Drives the server with autocannon. Each connection gets its own request object (autocannon
 * shares one across connections otherwise, so the first request of every connection would be
 * the same), and every request is built afresh by `next`.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
	let unexpected = 0;
	let firstUnexpected: string | null = null;
	const perConnection = (): Request => ({
		setupRequest: (request) => ({ ...request, ...options.next() }),
		onResponse: (status, body, _context, headers) => {
			if (options.expect({ status, body, headers })) return;
			unexpected += 1;
			firstUnexpected ??= `${status} ${body.slice(0, 300)}`;
		}
	});
	const result = await autocannon({
		url: options.url,
		connections: options.connections,
		// autocannon rejects keys that are present but undefined.
		...(options.amount ? { amount: options.amount } : { duration: options.duration }),
		...(options.overallRate ? { overallRate: options.overallRate } : {}),
		timeout: 10,
		setupClient: (client) => client.setRequests([perConnection()])
	});
	const statusCodes = Object.fromEntries(
		Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, Number(count)])
	);
	const requests = Object.values(statusCodes).reduce((a, b) => a + b, 0);
	return {
		requests,
		seconds: result.duration,
		requestsPerSecond: requests / result.duration,
		p50Ms: result.latency.p50,
		p99Ms: result.latency.p99,
		errors: unexpected + result.errors,
		timeouts: result.timeouts,
		statusCodes,
		firstUnexpected
	};
}

/** Sends one request outside the load run, to check a scenario before measuring it. */
export async function sendOnce(url: string, spec: RequestSpec): Promise<ResponseSeen> {
	const response = await fetch(url + spec.path, {
		method: spec.method,
		headers: spec.headers,
		body: spec.body,
		redirect: 'manual'
	});
	const headers: Record<string, string> = {};
	response.headers.forEach((value, key) => (headers[key] = value));
	return { status: response.status, body: await response.text(), headers };
}
