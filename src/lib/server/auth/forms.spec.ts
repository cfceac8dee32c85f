import { describe, expect, it } from 'vitest';
import { parseForm } from '../forms';
import {
	accountForm,
	loginForm,
	passwordChangeForm,
	profileForm,
	studySettingsForm
} from './forms';

const form = (fields: Record<string, string>) => new URLSearchParams(fields);

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
		const parsed = parseForm(accountForm, form({ ...valid, password: 'NURSE@example.org' }));
		expect(!parsed.ok && parsed.errors).toEqual({
			password: 'Your password must not be your email address.'
		});
	});
});

describe('the profile form', () => {
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
