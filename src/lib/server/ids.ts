import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';

/** A random 80-bit id, unguessable, for rows whose ids appear in URLs. */
export function newId(): string {
	const bytes = new Uint8Array(10);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}
