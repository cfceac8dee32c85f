import { describe, expect, it } from 'vitest';
import { testDatabase } from '$lib/server/testing/db';
import { storeLearner } from '$lib/server/testing/fixtures';
import { createCohort, setJoiningOpen, isMember } from '$lib/server/cohorts/cohorts';
import { inviteCoEducator } from '$lib/server/cohorts/invitations';
import { registerAccount } from '$lib/server/auth/register';
import { parseForm } from '$lib/server/forms';
import { domainAllowed, normaliseDomain } from './domains';
import { settingsForm } from './forms';
import { domainRefusal, REGISTRATION_CLOSED, registrationRefusal } from './registration';
import {
	DEFAULT_SETTINGS,
	readSettings,
	issuerName,
	saveSettings,
	type SiteSettings
} from './settings';

const hospital: SiteSettings = {
	organisationName: 'St Elsewhere NHS Trust',
	timeZone: 'Europe/Dublin',
	openRegistration: true,
	allowedEmailDomains: ['elsewhere.nhs.uk']
};

function form(fields: Record<string, string>): FormData {
	const data = new FormData();
	for (const [name, value] of Object.entries(fields)) data.append(name, value);
	return data;
}

describe('site settings', () => {
	it('are open to any address in UK time until an administrator saves them', async () => {
		const db = await testDatabase();
		expect(await readSettings(db)).toEqual(DEFAULT_SETTINGS);
		expect(await readSettings(db)).toEqual({
			organisationName: '',
			timeZone: 'Europe/London',
			openRegistration: true,
			allowedEmailDomains: []
		});
	});

	it('read back as saved, and a second save replaces the first', async () => {
		const db = await testDatabase();
		const admin = await storeLearner(db);
		await saveSettings(db, hospital, admin.id);
		expect(await readSettings(db)).toEqual(hospital);
		const closed = { ...hospital, openRegistration: false, allowedEmailDomains: [] };
		await saveSettings(db, closed, null);
		expect(await readSettings(db)).toEqual(closed);
	});

	it('name the platform as issuer while the organisation has no name', async () => {
		expect(issuerName({ organisationName: '' })).toBe('Liver Metastases Trainer');
		expect(issuerName({ organisationName: 'St Elsewhere' })).toBe('St Elsewhere');
	});
});

describe('the settings form', () => {
	const valid = {
		organisationName: '  St Elsewhere NHS Trust ',
		timeZone: 'Australia/Adelaide',
		openRegistration: 'on',
		allowedEmailDomains: '@Elsewhere.NHS.uk\nnhs.net, elsewhere.nhs.uk'
	};

	it('reads the organisation, its zone, open registration and the domains, normalised once each', async () => {
		expect(parseForm(settingsForm, form(valid))).toEqual({
			ok: true,
			data: {
				organisationName: 'St Elsewhere NHS Trust',
				timeZone: 'Australia/Adelaide',
				openRegistration: true,
				allowedEmailDomains: ['elsewhere.nhs.uk', 'nhs.net']
			}
		});
	});

	it('reads an unticked box as closed registration and an empty list as any domain', async () => {
		const { openRegistration, ...rest } = valid;
		void openRegistration;
		const parsed = parseForm(settingsForm, form({ ...rest, allowedEmailDomains: '  \n ' }));
		expect(parsed.ok && parsed.data).toMatchObject({
			openRegistration: false,
			allowedEmailDomains: []
		});
	});

	it.each(['Europe/Londn', 'GMT+1', '', 'Mars/Olympus'])('refuses the time zone %j', (zone) => {
		const parsed = parseForm(settingsForm, form({ ...valid, timeZone: zone }));
		expect(parsed.ok || parsed.errors.timeZone).toBe(
			'Choose a time zone from the list, such as Europe/London.'
		);
	});

	it('names the entry that is not a domain, and gives back what was typed', async () => {
		const parsed = parseForm(
			settingsForm,
			form({ ...valid, allowedEmailDomains: 'trust.nhs.uk\nhttp://evil\nx' })
		);
		expect(parsed.ok || parsed.errors.allowedEmailDomains).toBe(
			'“http://evil” is not a domain. Write domains like trust.nhs.uk, one a line.'
		);
		expect(parsed.ok || parsed.values.allowedEmailDomains).toBe('trust.nhs.uk\nhttp://evil\nx');
	});

	it('refuses a missing organisation name and more than fifty domains', async () => {
		const many = Array.from({ length: 51 }, (_, i) => `d${i}.org`).join('\n');
		const parsed = parseForm(
			settingsForm,
			form({ ...valid, organisationName: ' ', allowedEmailDomains: many })
		);
		expect(parsed.ok || parsed.errors).toEqual({
			organisationName: 'Enter the organisation’s name, as certificates should show it.',
			allowedEmailDomains: 'List at most 50 domains.'
		});
	});

	it('refuses a forged value for the checkbox', async () => {
		const parsed = parseForm(settingsForm, form({ ...valid, openRegistration: 'yes' }));
		expect(parsed.ok || parsed.errors.openRegistration).toBe('Tick the box or leave it empty.');
	});
});

describe('email domains', () => {
	it.each([
		['Trust.NHS.uk', 'trust.nhs.uk'],
		['@nhs.net', 'nhs.net'],
		['bücher.example', 'xn--bcher-kva.example']
	])('reads %j as %j', (typed, domain) => {
		expect(normaliseDomain(typed)).toBe(domain);
	});

	it.each([
		'localhost',
		'nhs',
		'a b.org',
		'x@y.org',
		'http://x.org',
		'10.0.0.1',
		'-a.org',
		'a..org'
	])('refuses %j', (typed) => {
		expect(normaliseDomain(typed)).toBeNull();
	});

	it('allows any address when no domain is listed', async () => {
		expect(domainAllowed('someone@gmail.com', [])).toBe(true);
	});

	it('allows the listed domains and their subdomains, and nothing that merely ends alike', async () => {
		const allowed = ['trust.nhs.uk'];
		expect(domainAllowed('a@trust.nhs.uk', allowed)).toBe(true);
		expect(domainAllowed('a@WARD.Trust.nhs.uk', allowed)).toBe(true);
		expect(domainAllowed('a@eviltrust.nhs.uk', allowed)).toBe(false);
		expect(domainAllowed('a@trust.nhs.uk.evil.com', allowed)).toBe(false);
		expect(domainAllowed('not-an-address', allowed)).toBe(false);
	});

	it('lists the domains in the refusal', async () => {
		expect(domainRefusal(['a.org'])).toBe(
			'Registration is for addresses at a.org. Use your work email.'
		);
		expect(domainRefusal(['a.org', 'b.org', 'c.org'])).toBe(
			'Registration is for addresses at a.org, b.org or c.org. Use your work email.'
		);
	});
});

describe('who may register', () => {
	const account = (email: string) => ({
		email,
		password: 'a long enough passphrase',
		displayName: 'New Nurse',
		profession: 'nurse'
	});

	async function hospitalDb(settings: Partial<SiteSettings> = {}) {
		const db = await testDatabase();
		await saveSettings(db, { ...hospital, ...settings }, null);
		const educator = await storeLearner(db);
		const cohort = await createCohort(db, educator.id, { name: 'Ward 7', description: '' });
		return { db, educator, cohort };
	}

	it('anyone at an allowed domain while registration is open', async () => {
		const { db } = await hospitalDb();
		expect(await registrationRefusal(db, 'nurse@elsewhere.nhs.uk', null)).toBeNull();
		expect(await registrationRefusal(db, 'nurse@gmail.com', null)).toEqual({
			field: 'email',
			message: 'Registration is for addresses at elsewhere.nhs.uk. Use your work email.'
		});
	});

	it('nobody without a join code or an invitation while registration is closed', async () => {
		const { db } = await hospitalDb({ openRegistration: false });
		expect(await registrationRefusal(db, 'nurse@elsewhere.nhs.uk', null)).toEqual({
			field: 'form',
			message: REGISTRATION_CLOSED
		});
		expect(await registrationRefusal(db, 'nurse@elsewhere.nhs.uk', 'NOSUCH23')).toEqual({
			field: 'form',
			message: REGISTRATION_CLOSED
		});
	});

	it('a holder of an open cohort’s join code while registration is closed, at an allowed domain', async () => {
		const { db, cohort } = await hospitalDb({ openRegistration: false });
		expect(await registrationRefusal(db, 'nurse@elsewhere.nhs.uk', cohort.joinCode)).toBeNull();
		expect((await registrationRefusal(db, 'nurse@gmail.com', cohort.joinCode))?.field).toBe(
			'email'
		);
		await setJoiningOpen(db, cohort.id, false);
		expect(
			(await registrationRefusal(db, 'nurse@elsewhere.nhs.uk', cohort.joinCode))?.message
		).toBe(REGISTRATION_CLOSED);
	});

	it('an address invited to a cohort by email, whatever the domain and even when closed', async () => {
		const { db, educator, cohort } = await hospitalDb({ openRegistration: false });
		expect((await inviteCoEducator(db, cohort, educator.id, 'Visiting@Gmail.com')).ok).toBe(true);
		expect(await registrationRefusal(db, 'visiting@gmail.com', null)).toBeNull();
		expect(await registrationRefusal(db, 'other@gmail.com', null)).not.toBeNull();
	});

	it('refuses before creating an account, and joins the cohort of the code it registered with', async () => {
		const { db, cohort } = await hospitalDb({ openRegistration: false });
		const refused = await registerAccount(db, account('a@elsewhere.nhs.uk'), '1.1.1.1');
		expect(refused).toEqual({ ok: false, refused: REGISTRATION_CLOSED });
		const other = await registerAccount(
			db,
			account('a@gmail.com'),
			'1.1.1.1',
			Date.now(),
			cohort.joinCode
		);
		expect(other.ok || ('errors' in other && other.errors.email)).toMatch(/elsewhere\.nhs\.uk/);
		const joined = await registerAccount(
			db,
			account('a@elsewhere.nhs.uk'),
			'1.1.1.1',
			Date.now(),
			cohort.joinCode.toLowerCase()
		);
		expect(joined.ok).toBe(true);
		expect(joined.ok && (await isMember(db, cohort.id, joined.user.id))).toBe(true);
	});
});
