import { describe, expect, it } from 'vitest';
import { isHttpError, isRedirect } from '@sveltejs/kit';
import type { Role } from '$lib/server/db/schema';
import { requireAdmin, safeReturnPath } from './guards';
import type { SignedInUser } from './session';

const ORIGIN = 'https://trainer.example.org';

describe('the path to return to after logging in', () => {
	it.each([
		['/progress', '/progress'],
		['/progress?tab=weekly', '/progress?tab=weekly'],
		['/account#study', '/account#study'],
		['/educator/cohorts/abc/manage', '/educator/cohorts/abc/manage'],
		['/sources/x/../y', '/sources/y'],
		[`${ORIGIN}/modules`, '/modules'],
		['progress', '/progress']
	])('keeps a path on this site: %j', (candidate, expected) => {
		expect(safeReturnPath(candidate, ORIGIN)).toBe(expected);
	});

	it.each([
		['a tab between slashes', '/\t/evil.example/phish'],
		['a line feed between slashes', '/\n/evil.example/phish'],
		['a carriage return between slashes', '/\r/evil.example/phish'],
		['a protocol-relative address', '//evil.example/phish'],
		['a backslash', '/\\evil.example/phish'],
		['two backslashes', '\\\\evil.example/phish'],
		['another origin', 'https://evil.example/phish'],
		['this host over plain http', 'http://trainer.example.org/progress'],
		['a dot segment before a double slash', '/.//evil.example/phish'],
		['leading whitespace', ' \t//evil.example/phish'],
		['a javascript: URL', 'javascript:alert(1)'],
		['a data: URL', 'data:text/html,<script>alert(1)</script>'],
		['nothing', ''],
		['no parameter', null]
	])('sends %s home', (_, candidate) => {
		expect(safeReturnPath(candidate, ORIGIN)).toBe('/');
	});

	it('never gives a path a header cannot carry', () => {
		for (const candidate of ['/a\nb', '/a\rb', '/a\u0000b', '/a b'])
			expect(safeReturnPath(candidate, ORIGIN)).toMatch(/^\/[\x21-\x7e]*$/);
	});
});

describe('the administration area', () => {
	const visitor = (role: Role | null) => ({
		url: new URL('https://trainer.example.org/admin/users?q=ann'),
		locals: {
			user: role ? ({ id: 'u1', role } as SignedInUser) : null,
			session: null
		} as App.Locals
	});
	const outcome = (role: Role | null) => {
		try {
			return requireAdmin(visitor(role)).id;
		} catch (thrown) {
			if (isRedirect(thrown)) return thrown.location;
			if (isHttpError(thrown)) return thrown.status;
			throw thrown;
		}
	};

	it('lets administrators in, refuses educators and learners, and sends visitors to log in', () => {
		expect(outcome('admin')).toBe('u1');
		expect(outcome('educator')).toBe(403);
		expect(outcome('learner')).toBe(403);
		expect(outcome(null)).toBe('/login?redirectTo=%2Fadmin%2Fusers%3Fq%3Dann');
	});
});
