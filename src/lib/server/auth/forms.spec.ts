import { describe, expect, it } from 'vitest';
import { parseForm } from '$lib/server/forms';
import {
	accountForm,
	loginForm,
	isTimeZone,
	passwordChangeForm,
	profileForm,
	setupForm,
	studySettingsForm
} from './forms';

const form = (fields: Record<string, string>) => new URLSearchParams(fields);

/** The messages a form shows beside its fields, or false when it takes them. */
function errorsOf(schema: Parameters<typeof parseForm>[0], fields: Record<string, string>) {
	const parsed = parseForm(schema, form(fields));
	return !parsed.ok && parsed.errors;
}

describe('the registration form', () => {
	const valid = {
		displayName: 'Nurse Example',
		email: 'Nurse@Example.org',
		password: 'a long enough passphrase',
		profession: 'nurse'
	};

	it('reads a valid account, with the email as accounts store it', () => {
		expect(parseForm(accountForm, form(valid))).toEqual({
			ok: true,
			data: { ...valid, email: 'nurse@example.org' }
		});
	});

	it('gives the typed values back without the password', () => {
		const parsed = parseForm(accountForm, form({ ...valid, password: 'password' }), {
			secret: ['password']
		});
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(parsed.errors.password).toMatch(/commonly used/);
		expect(parsed.values).toEqual({
			displayName: 'Nurse Example',
			email: 'Nurse@Example.org',
			profession: 'nurse'
		});
	});

	it('refuses a missing or unknown profession rather than choosing one', () => {
		const withoutProfession: Record<string, string> = { ...valid };
		delete withoutProfession.profession;
		for (const fields of [withoutProfession, { ...valid, profession: 'surgeon' }]) {
			const parsed = parseForm(accountForm, form(fields));
			expect(!parsed.ok && parsed.errors.profession).toBe('Choose your profession.');
		}
	});

	it('puts the password-is-the-email problem next to the password', () => {
		expect(errorsOf(accountForm, { ...valid, password: 'NURSE@example.org' })).toEqual({
			password: 'Your password must not be your email address.'
		});
	});
});

describe('email addresses', () => {
	const valid = {
		displayName: 'Nurse Example',
		email: 'nurse@example.org',
		password: 'a long enough passphrase',
		profession: 'nurse'
	};
	const emailError = (email: string) => {
		const parsed = parseForm(accountForm, form({ ...valid, email }));
		return parsed.ok ? undefined : parsed.errors.email;
	};

	it.each(['a@b.co', 'first.last+tag@mail.example.org', ' Nurse@Example.ORG '])(
		'takes %j',
		(email) => expect(emailError(email)).toBeUndefined()
	);

	it.each([
		'nurse',
		'@example.org',
		'nurse@',
		'nurse@example',
		'nurse@.org',
		'nurse@example.',
		'first last@example.org',
		'nurse@exam ple.org',
		'nurse@example.o rg',
		'nurse@@example.org',
		'a@b@example.org',
		'nurse@example.org@c',
		'@nurse@example.org'
	])('refuses %j, saying what an address looks like', (email) => {
		expect(emailError(email)).toBe('Enter a valid email address, like name@example.org.');
	});

	it('asks for an address when none is given', () => {
		expect(emailError('')).toBe('Enter your email address.');
	});
});

describe('the first-run setup form', () => {
	const valid = {
		displayName: 'Admin Example',
		email: 'Admin@Example.org',
		password: 'a long enough passphrase',
		profession: 'doctor',
		organisationName: 'St Elsewhere NHS Trust',
		timeZone: 'Europe/London',
		token: 'printed-token'
	};

	it('reads an account and the printed token, with the email as accounts store it', () => {
		expect(parseForm(setupForm, form(valid))).toEqual({
			ok: true,
			data: { ...valid, email: 'admin@example.org' }
		});
	});

	it('reads a missing token as empty, for the token check to refuse', () => {
		const withoutToken: Record<string, string> = { ...valid };
		delete withoutToken.token;
		const parsed = parseForm(setupForm, form(withoutToken));
		expect(parsed.ok && parsed.data.token).toBe('');
	});

	it('puts the password-is-the-email problem next to the password', () => {
		expect(errorsOf(setupForm, { ...valid, password: 'ADMIN@example.org' })).toEqual({
			password: 'Your password must not be your email address.'
		});
	});

	it('refuses the email as the password even when another field is wrong', () => {
		expect(
			errorsOf(setupForm, { ...valid, profession: 'surgeon', password: 'admin@EXAMPLE.org' })
		).toEqual({
			password: 'Your password must not be your email address.',
			profession: 'Choose your profession.'
		});
	});

	it('leaves the password alone when the email itself cannot be read', () => {
		expect(
			errorsOf(setupForm, {
				...valid,
				email: 'nurse\u0007@example.org',
				password: 'Nurse\u0007@example.org'
			})
		).toEqual({
			email: 'Remove the control or text-direction characters.'
		});
	});

	it('asks for the organisation’s name and a time zone it knows', () => {
		expect(
			errorsOf(setupForm, { ...valid, organisationName: '  ', timeZone: 'Europe/Atlantis' })
		).toEqual({
			organisationName: 'Enter the organisation’s name, as certificates should show it.',
			timeZone: 'Choose a time zone from the list, such as Europe/London.'
		});
	});
});

describe('the registration form, field by field', () => {
	const valid = {
		displayName: 'Nurse Example',
		email: 'nurse@example.org',
		password: 'a long enough passphrase',
		profession: 'nurse'
	};

	it('asks for each field left empty, next to it', () => {
		expect(
			errorsOf(accountForm, { displayName: ' ', email: '', password: '', profession: '' })
		).toEqual({
			displayName: 'Enter your name.',
			email: 'Enter your email address.',
			password: 'Choose a password.',
			profession: 'Choose your profession.'
		});
	});

	it('asks for a password that was not sent at all', () => {
		const withoutPassword: Record<string, string> = { ...valid };
		delete withoutPassword.password;
		expect(errorsOf(accountForm, withoutPassword)).toEqual({ password: 'Choose a password.' });
	});

	it('refuses the email as the password even when another field is wrong', () => {
		expect(
			errorsOf(accountForm, { ...valid, profession: '', password: 'Nurse@Example.org' })
		).toEqual({
			password: 'Your password must not be your email address.',
			profession: 'Choose your profession.'
		});
	});

	it('leaves the password alone when the email itself cannot be read', () => {
		expect(
			errorsOf(accountForm, {
				...valid,
				email: 'nurse\u0007@example.org',
				password: 'Nurse\u0007@example.org'
			})
		).toEqual({
			email: 'Remove the control or text-direction characters.'
		});
	});

	it('takes every profession offered', () => {
		for (const profession of ['doctor', 'nurse', 'student', 'other'])
			expect(parseForm(accountForm, form({ ...valid, profession })).ok).toBe(true);
	});
});

describe('the profile form', () => {
	it('reads a name and a profession', () => {
		expect(
			parseForm(profileForm, form({ displayName: 'Dr Example', profession: 'student' }))
		).toEqual({ ok: true, data: { displayName: 'Dr Example', profession: 'student' } });
	});

	it('asks for a name, and refuses one over 80 characters', () => {
		const empty = parseForm(profileForm, form({ displayName: '', profession: 'doctor' }));
		expect(!empty.ok && empty.errors.displayName).toBe('Enter your name.');
		const long = parseForm(
			profileForm,
			form({ displayName: 'x'.repeat(81), profession: 'doctor' })
		);
		expect(!long.ok && long.errors.displayName).toBe('Use at most 80 characters.');
		const longest = parseForm(
			profileForm,
			form({ displayName: 'x'.repeat(80), profession: 'doctor' })
		);
		expect(longest.ok).toBe(true);
	});

	it('normalises the display name to NFC and trims it', () => {
		const parsed = parseForm(
			profileForm,
			form({ displayName: '  Ame\u0301lie Example ', profession: 'doctor' })
		);
		expect(parsed.ok && parsed.data.displayName).toBe('Am\u00e9lie Example');
	});

	it.each(['Ann\u0000', 'Ann\u0007', 'Ann \u202eekim', 'Ann\u2067'])(
		'refuses control and text-direction characters in %j',
		(displayName) => {
			const parsed = parseForm(profileForm, form({ displayName, profession: 'doctor' }));
			expect(!parsed.ok && parsed.errors.displayName).toBe(
				'Remove the control or text-direction characters.'
			);
		}
	);
});

describe('the study settings form', () => {
	it.each(['79', '96', '90.5', 'ninety', ''])('refuses a retention of %j', (desiredRetention) => {
		const parsed = parseForm(
			studySettingsForm,
			form({ desiredRetention, timeZone: 'Europe/London' })
		);
		expect(!parsed.ok && parsed.errors.desiredRetention).toBe(
			'Choose a retention from 80% to 95%.'
		);
	});

	it.each([
		['80', 'Europe/London'],
		['95', 'America/New_York'],
		['90', 'UTC']
	])('reads a retention of %s%% in %s', (desiredRetention, timeZone) => {
		expect(parseForm(studySettingsForm, form({ desiredRetention, timeZone }))).toEqual({
			ok: true,
			data: { desiredRetention: Number(desiredRetention), timeZone }
		});
	});

	it('refuses an empty or missing time zone', () => {
		const cases: Record<string, string>[] = [
			{ desiredRetention: '90', timeZone: '' },
			{ desiredRetention: '90' }
		];
		for (const fields of cases) {
			const parsed = parseForm(studySettingsForm, form(fields));
			expect(!parsed.ok && parsed.errors.timeZone).toBe('Choose a time zone from the list.');
		}
		expect(isTimeZone('')).toBe(false);
		expect(isTimeZone('Mars/Olympus')).toBe(false);
		expect(isTimeZone('Asia/Kolkata')).toBe(true);
	});

	it('refuses a time zone that does not exist', () => {
		const parsed = parseForm(
			studySettingsForm,
			form({ desiredRetention: '90', timeZone: 'Mars/Olympus' })
		);
		expect(!parsed.ok && parsed.errors.timeZone).toBe('Choose a time zone from the list.');
	});
});

describe('the login and password forms', () => {
	it('asks for each missing field next to it, and never gives a password back', () => {
		const parsed = parseForm(loginForm, form({ email: ' ', password: '' }), {
			secret: ['password']
		});
		expect(!parsed.ok && parsed.errors).toEqual({
			email: 'Enter your email address.',
			password: 'Enter your password.'
		});
		expect(!parsed.ok && parsed.values).not.toHaveProperty('password');
	});

	it('reads the email as accounts store it, and no return address as none', () => {
		expect(parseForm(loginForm, form({ email: ' Nurse@Example.ORG ', password: 'pw' }))).toEqual({
			ok: true,
			data: { email: 'nurse@example.org', password: 'pw', redirectTo: '' }
		});
	});

	it('asks for a password that was not sent at all', () => {
		expect(errorsOf(loginForm, { email: 'a@b.org' })).toEqual({ password: 'Enter your password.' });
	});

	it('asks for the current password and a new one', () => {
		const parsed = parseForm(passwordChangeForm('nurse@example.org'), form({}));
		expect(!parsed.ok && parsed.errors).toEqual({
			currentPassword: 'Enter your current password.',
			newPassword: 'Choose a password.'
		});
	});

	it('refuses a weak new password with the reason', () => {
		const parsed = parseForm(
			passwordChangeForm('nurse@example.org'),
			form({ currentPassword: 'old passphrase', newPassword: 'short' })
		);
		expect(!parsed.ok && parsed.errors.newPassword).toMatch(/at least \d+ characters/);
		const good = parseForm(
			passwordChangeForm('nurse@example.org'),
			form({ currentPassword: 'old passphrase', newPassword: 'a long enough passphrase' })
		);
		expect(good).toEqual({
			ok: true,
			data: { currentPassword: 'old passphrase', newPassword: 'a long enough passphrase' }
		});
	});

	it('keeps a password exactly as typed, spaces included', () => {
		const parsed = parseForm(loginForm, form({ email: 'a@b.org', password: ' pass word ' }));
		expect(parsed.ok && parsed.data.password).toBe(' pass word ');
	});

	it('refuses the account email as the new password', () => {
		const parsed = parseForm(
			passwordChangeForm('nurse@example.org'),
			form({ currentPassword: 'old passphrase', newPassword: 'Nurse@example.org' })
		);
		expect(!parsed.ok && parsed.errors.newPassword).toMatch(/email address/);
	});
});
