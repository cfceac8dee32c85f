import { expect, request, type APIRequestContext } from '@playwright/test';
import { PASSWORD } from './accounts';

type Form = Record<string, string>;

/** An HTTP client for the app at `baseURL`, signed in as `email` when given. */
export async function apiClient(baseURL: string, email?: string): Promise<APIRequestContext> {
	const client = await request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL } });
	if (email)
		expect((await postForm(client, '/login', { email, password: PASSWORD })).status()).toBe(303);
	return client;
}

/** Posts a form as a browser without JavaScript does: the answer is a page or a redirect. */
export function postForm(client: APIRequestContext, path: string, form: Form) {
	return client.post(path, { form, headers: { accept: 'text/html' }, maxRedirects: 0 });
}

/** Posts a form as `use:enhance` does: the answer is the action's JSON result. */
export function postAction(client: APIRequestContext, path: string, form: Form, origin: string) {
	return client.post(path, { form, headers: { origin, 'x-sveltekit-action': 'true' } });
}
