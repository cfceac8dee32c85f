import http from 'node:http';

export interface RawResponse {
	status: number;
	headers: http.IncomingHttpHeaders;
	body: string;
}

let counter = 0;

/**
 * A loopback address no other test uses. Every 127.x.y.z reaches the server, which sees that
 * address as the client's: each one stands in for another computer.
 */
export function freshAddress(): string {
	counter += 1;
	const run = (process.pid % 200) + 20;
	return `127.${run}.${Math.floor(counter / 250)}.${(counter % 250) + 1}`;
}

/**
 * A request from `localAddress`, answered as a browser without JavaScript sees it: a page or a
 * redirect, not followed. A form is posted with the app's own origin, as the browser sends it.
 */
export function requestFrom(
	baseURL: string,
	localAddress: string,
	path: string,
	options: {
		form?: Record<string, string>;
		cookie?: string;
		headers?: http.OutgoingHttpHeaders;
	} = {}
): Promise<RawResponse> {
	const url = new URL(path, baseURL);
	const body = options.form ? new URLSearchParams(options.form).toString() : undefined;
	const headers: http.OutgoingHttpHeaders = { accept: 'text/html', ...options.headers };
	if (options.cookie) headers.cookie = options.cookie;
	if (body !== undefined) {
		headers.origin = url.origin;
		headers['content-type'] = 'application/x-www-form-urlencoded';
		headers['content-length'] = Buffer.byteLength(body);
	}
	return new Promise((resolve, reject) => {
		const request = http.request(
			{
				host: url.hostname,
				port: url.port,
				path: url.pathname + url.search,
				method: body === undefined ? 'GET' : 'POST',
				family: 4,
				localAddress,
				// A fresh connection each time: a kept-alive one may be closed by the server as it is reused.
				agent: false,
				headers
			},
			(response) => {
				let text = '';
				response.setEncoding('utf8');
				response.on('data', (chunk: string) => (text += chunk));
				response.on('end', () =>
					resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text })
				);
			}
		);
		request.on('error', reject);
		request.end(body);
	});
}

/** The `name=value` part of the session cookie a response sets, for the next request. */
export function sessionCookie(response: RawResponse): string {
	const cookie = (response.headers['set-cookie'] ?? []).find((c) => c.startsWith('session='));
	if (!cookie) throw new Error(`no session cookie in a ${response.status} response`);
	return cookie.split(';')[0];
}
