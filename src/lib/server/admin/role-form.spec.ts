import { describe, expect, it } from 'vitest';
import { parseForm } from '$lib/server/forms';
import { roleForm } from './role-form';

function form(fields: Record<string, string>): FormData {
	const data = new FormData();
	for (const [name, value] of Object.entries(fields)) data.append(name, value);
	return data;
}

describe('setting a role', () => {
	it.each(['learner', 'educator', 'admin'])('accepts %s', (role) => {
		expect(parseForm(roleForm, form({ userId: 'u1', role }))).toEqual({
			ok: true,
			data: { userId: 'u1', role }
		});
	});

	it.each(['superuser', 'Admin', ''])(
		'refuses the unknown role %j rather than making the account a learner',
		(role) => {
			const parsed = parseForm(roleForm, form({ userId: 'u1', role }));
			expect(parsed.ok || parsed.errors.role).toBe('Choose learner, educator or administrator.');
		}
	);

	it('refuses a post that names no account', () => {
		const parsed = parseForm(roleForm, form({ role: 'educator' }));
		expect(parsed.ok || parsed.errors.userId).toBe('Choose whose role to set.');
	});
});
