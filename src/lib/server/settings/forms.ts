import * as v from 'valibot';
import { isTimeZone, text } from '$lib/server/forms';
import { normaliseDomain } from './domains';

export const ORGANISATION_NAME_MAX = 120;
export const ALLOWED_DOMAINS_MAX = 50;

/** Domains typed one a line, or separated by commas or spaces. */
function splitDomains(typed: string): string[] {
	return typed.split(/[\s,;]+/).filter(Boolean);
}

const allowedEmailDomains = v.pipe(
	v.optional(v.string(), ''),
	v.transform(splitDomains),
	v.check(
		(typed) => typed.every((d) => normaliseDomain(d) !== null),
		(issue) => {
			const bad = (issue.input as string[]).find((d) => normaliseDomain(d) === null);
			return `“${bad}” is not a domain. Write domains like trust.nhs.uk, one a line.`;
		}
	),
	v.transform((typed) => [...new Set(typed.map((d) => normaliseDomain(d)!))]),
	v.maxLength(ALLOWED_DOMAINS_MAX, `List at most ${ALLOWED_DOMAINS_MAX} domains.`)
);

/** An organisation's time zone, an IANA name such as Europe/London. */
export const organisationTimeZone = v.pipe(
	// Stryker disable next-line StringLiteral: a missing zone is refused by the zone check whatever it defaults to
	v.optional(v.string(), ''),
	v.transform((s) => s.trim()),
	v.check(isTimeZone, 'Choose a time zone from the list, such as Europe/London.')
);

export const organisationName = text({
	required: 'Enter the organisation’s name, as certificates should show it.',
	max: ORGANISATION_NAME_MAX
});

/**
 * The site settings form. A checkbox is sent only when ticked, so an absent
 * `openRegistration` means closed.
 */
export const settingsForm = v.object({
	organisationName,
	timeZone: organisationTimeZone,
	openRegistration: v.pipe(
		v.optional(v.string(), ''),
		v.check((s) => s === '' || s === 'on', 'Tick the box or leave it empty.'),
		v.transform((s) => s === 'on')
	),
	allowedEmailDomains
});

export type SettingsInput = v.InferOutput<typeof settingsForm>;
