/**
 * Email domains as registration compares them: lower-case, internationalised names in their
 * ASCII (punycode) form, so `bücher.example` and `xn--bcher-kva.example` are one domain.
 */

/** A domain as an administrator might type it (`@Trust.NHS.uk`), normalised; null if it is not one. */
export function normaliseDomain(input: string): string | null {
	const typed = input.trim().replace(/^@/, '');
	if (!typed || /[\s/:@?#\\[\]]/.test(typed)) return null;
	let host: string;
	try {
		host = new URL(`http://${typed}`).hostname;
	} catch {
		return null;
	}
	const labels = host.split('.');
	if (labels.length < 2) return null;
	const valid = labels.every((l) => /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(l));
	// The last label names a top-level domain, which is never all digits (that would be an address).
	return valid && !/^\d+$/.test(labels[labels.length - 1]) ? host : null;
}

/** The domain of an email address, normalised; null when it has none. */
export function emailDomain(email: string): string | null {
	const at = email.lastIndexOf('@');
	return at < 0 ? null : normaliseDomain(email.slice(at + 1));
}

/**
 * Whether an address may register under the allowed domains: any, when none are listed;
 * otherwise its domain is one of them or a subdomain of one (`ward.trust.nhs.uk` under
 * `trust.nhs.uk`).
 */
export function domainAllowed(email: string, allowed: readonly string[]): boolean {
	if (allowed.length === 0) return true;
	const domain = emailDomain(email);
	if (!domain) return false;
	return allowed.some((d) => domain === d || domain.endsWith(`.${d}`));
}
