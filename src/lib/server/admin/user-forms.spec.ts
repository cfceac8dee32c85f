import { describe, expect, it } from 'vitest';
import { parseForm } from '$lib/server/forms';
import { userActionForm, userSearchForm } from './user-forms';

describe('the users search', () => {
	it('reads no parameters as the first page of everyone', () => {
		expect(parseForm(userSearchForm, new URLSearchParams())).toEqual({
			ok: true,
			data: { q: '', page: 1 }
		});
	});

	it('reads the search text normalised, and the page as a number', () => {
		expect(parseForm(userSearchForm, new URLSearchParams('q=%20Zoe%CC%88%20&page=3'))).toEqual({
			ok: true,
			data: { q: 'Zoë', page: 3 }
		});
	});

	it.each(['0', '-1', '2.5', 'two'])('refuses the page %j rather than guessing one', (page) => {
		const parsed = parseForm(userSearchForm, new URLSearchParams({ page }));
		expect(parsed.ok || parsed.errors.page).toBe('Pages are numbered from 1.');
	});
});

describe('acting on an account', () => {
	it('needs the account named', () => {
		const parsed = parseForm(userActionForm, new FormData());
		expect(parsed.ok || parsed.errors.userId).toBe('Choose whose account this is for.');
	});
});
