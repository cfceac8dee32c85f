import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '$lib/accounts';

/** argon2id at OWASP's recommended floor: 19 MiB of memory, 2 iterations, 1 lane. */
const ARGON2ID = 2;
const HASH_OPTIONS = {
	algorithm: ARGON2ID,
	memoryCost: 19456,
	timeCost: 2,
	parallelism: 1,
	outputLen: 32
};

let commonPasswords: Set<string> | null = null;

function isCommonPassword(password: string): boolean {
	commonPasswords ??= new Set(dictionary['passwords-common'] as string[]);
	return commonPasswords.has(password.toLowerCase());
}

/** Returns why a password is unacceptable, or null. Length and commonness only: no composition rules. */
export function passwordProblem(password: string, email?: string): string | null {
	const length = [...password].length;
	if (length < PASSWORD_MIN_LENGTH) return `Use at least ${PASSWORD_MIN_LENGTH} characters.`;
	if (length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
	if (isCommonPassword(password))
		return 'This password is one of the most commonly used; choose another.';
	if (email && password.toLowerCase() === email.toLowerCase())
		return 'Your password must not be your email address.';
	return null;
}

export function hashPassword(password: string): Promise<string> {
	return hash(password.normalize('NFKC'), HASH_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password.normalize('NFKC'));
	} catch {
		return false;
	}
}

let dummyHash: Promise<string> | null = null;

/** Spends the same time as a real verification, so a response does not tell whether an account exists. */
export async function verifyAgainstDummy(password: string): Promise<false> {
	dummyHash ??= hashPassword('dummy password that no account has');
	await verifyPassword(await dummyHash, password);
	return false;
}
