import * as v from 'valibot';
import { PROFESSIONS, RETENTION_MAX_PERCENT, RETENTION_MIN_PERCENT } from '$lib/accounts';
import { isTimeZone, oneOf, text, wholeNumber } from '$lib/server/forms';

export { isTimeZone };
import { organisationName, organisationTimeZone } from '$lib/server/settings/forms';
import { passwordProblem } from './password';

export const DISPLAY_NAME_MAX = 80;
export const EMAIL_MAX = 254;

/** An email address, trimmed and lower-cased as accounts store it. */
export function emailAddress(required = 'Enter your email address.') {
	return v.pipe(
		text({ required, max: EMAIL_MAX }),
		v.toLowerCase(),
		v.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'Enter a valid email address, like name@example.org.')
	);
}

/** The name shown to educators and on certificates: no control or text-direction characters. */
export const displayName = text({ required: 'Enter your name.', max: DISPLAY_NAME_MAX });

const profession = oneOf(PROFESSIONS, 'Choose your profession.');

/** A password as typed: never trimmed or normalised here (hashing normalises it). */
function typedPassword(required: string) {
	return v.pipe(v.optional(v.string(), ''), v.nonEmpty(required));
}

/** A new password that meets the policy; `email` is the account's, which it must not equal. */
function newPassword(email?: string) {
	return v.pipe(
		typedPassword('Choose a password.'),
		v.check(
			(password) => passwordProblem(password, email) === null,
			// Stryker disable next-line StringLiteral: the message is asked for only when there is a problem to give
			(issue) => passwordProblem(issue.input as string, email) ?? ''
		)
	);
}

const accountEntries = {
	displayName,
	email: emailAddress(),
	password: newPassword(),
	profession
};

const PASSWORD_IS_EMAIL = 'Your password must not be your email address.';

/** Registration, and the command that creates an account from the shell. */
export const accountForm = v.pipe(
	v.object(accountEntries),
	v.forward(
		v.partialCheck(
			[['email'], ['password']],
			(input) => input.password.toLowerCase() !== input.email.toLowerCase(),
			PASSWORD_IS_EMAIL
		),
		['password']
	)
);

/** First-run setup: an account and the organisation's name and zone, with the token the server printed. */
export const setupForm = v.pipe(
	v.object({
		...accountEntries,
		organisationName,
		timeZone: organisationTimeZone,
		token: v.optional(v.string(), '')
	}),
	v.forward(
		v.partialCheck(
			[['email'], ['password']],
			(input) => input.password.toLowerCase() !== input.email.toLowerCase(),
			PASSWORD_IS_EMAIL
		),
		['password']
	)
);

export const loginForm = v.object({
	email: v.pipe(text({ required: 'Enter your email address.', max: EMAIL_MAX }), v.toLowerCase()),
	password: typedPassword('Enter your password.'),
	/** Checked where it is used: anything not on this site goes to the home page. */
	redirectTo: v.optional(v.string(), '')
});

export const profileForm = v.object({ displayName, profession });

export const studySettingsForm = v.object({
	desiredRetention: wholeNumber(
		RETENTION_MIN_PERCENT,
		RETENTION_MAX_PERCENT,
		`Choose a retention from ${RETENTION_MIN_PERCENT}% to ${RETENTION_MAX_PERCENT}%.`
	),
	timeZone: v.pipe(
		// Stryker disable next-line StringLiteral: a missing zone is refused by the zone check whatever it defaults to
		v.optional(v.string(), ''),
		v.check(isTimeZone, 'Choose a time zone from the list.')
	)
});

/** Changing the password of the account whose email is `email`. */
export function passwordChangeForm(email: string) {
	return v.object({
		currentPassword: typedPassword('Enter your current password.'),
		newPassword: newPassword(email)
	});
}

/** Choosing a new password through a reset link, for the account whose email is `email`. */
export function passwordResetForm(email: string) {
	return v.object({ newPassword: newPassword(email) });
}

export type AccountInput = v.InferOutput<typeof accountForm>;
export type ProfileInput = v.InferOutput<typeof profileForm>;
export type StudySettingsInput = v.InferOutput<typeof studySettingsForm>;
