import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, verifyAgainstDummy, verifyPassword } from './password';

describe('password policy', () => {
	it('needs at least 8 characters', () => {
		expect(passwordProblem('short7!')).toMatch(/at least 8/);
		expect(passwordProblem('eight ch')).toBeNull();
	});

	it('accepts 64 characters and more, up to 128', () => {
		expect(
			passwordProblem('x'.repeat(30) + ' correct horse battery staple ' + 'y'.repeat(4))
		).toBeNull();
		expect(passwordProblem('q'.repeat(64))).toBeNull();
		expect(passwordProblem('q'.repeat(128))).toBeNull();
		expect(passwordProblem('q'.repeat(129))).toMatch(/at most 128/);
	});

	it('has no composition rules', () => {
		expect(passwordProblem('only lowercase words here')).toBeNull();
	});

	it('rejects the most common passwords, whatever their case', () => {
		expect(passwordProblem('password')).toMatch(/commonly used/);
		expect(passwordProblem('Password1')).toMatch(/commonly used/);
		expect(passwordProblem('12345678')).toMatch(/commonly used/);
		expect(passwordProblem('qwertyuiop')).toMatch(/commonly used/);
	});

	it('rejects the email address as the password', () => {
		expect(passwordProblem('nurse@example.org', 'Nurse@example.org')).toMatch(/email/);
	});
});

describe('password hashing', () => {
	it('uses argon2id at or above the OWASP floor', async () => {
		const hash = await hashPassword('a long enough passphrase');
		expect(hash).toMatch(/^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/);
		const [, m, t, p] = /m=(\d+),t=(\d+),p=(\d+)/.exec(hash)!;
		expect(Number(m)).toBeGreaterThanOrEqual(19456);
		expect(Number(t)).toBeGreaterThanOrEqual(2);
		expect(Number(p)).toBeGreaterThanOrEqual(1);
	});

	it('verifies the right password and refuses a wrong one', async () => {
		const hash = await hashPassword('a long enough passphrase');
		expect(await verifyPassword(hash, 'a long enough passphrase')).toBe(true);
		expect(await verifyPassword(hash, 'a long enough passphrasE')).toBe(false);
		expect(await verifyPassword('not a hash', 'anything')).toBe(false);
	});

	it('verifies against a dummy hash when there is no account', async () => {
		expect(await verifyAgainstDummy('whatever')).toBe(false);
	});
});
