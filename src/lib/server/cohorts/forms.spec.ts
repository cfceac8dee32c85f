import { describe, expect, it } from 'vitest';
import { parseForm } from '$lib/server/forms';
import {
	cohortForm,
	cohortPersonForm,
	invitationAnswerForm,
	invitationForm,
	joinForm,
	joiningForm,
	moduleDrawForm,
	moduleForm,
	registrationJoinForm
} from './forms';

function form(fields: Record<string, string | string[] | null>): FormData {
	const data = new FormData();
	for (const [name, value] of Object.entries(fields)) {
		if (value === null) continue;
		for (const v of Array.isArray(value) ? value : [value]) data.append(name, v);
	}
	return data;
}

/** The moment the tests assign modules at: late on 30 November 2026, server time. */
const today = new Date(2026, 10, 30, 22, 0, 0);

/** The form for assigning a module over two banks, as submitted at `now`. */
function assigning(now = today) {
	return moduleForm(['surgery', 'ablation'], now);
}
const validModule = {
	title: 'Yearly update',
	bank: ['surgery'],
	itemCount: '20',
	secondsPerItem: '60',
	passMark: '80',
	dueAt: '2027-03-31',
	attemptsAllowed: '3',
	renewalDays: ''
};

function moduleErrors(changes: Record<string, string | string[] | null>) {
	const parsed = parseForm(assigning(), form({ ...validModule, ...changes }));
	return parsed.ok ? {} : parsed.errors;
}

describe('assigning a module', () => {
	it('reads a valid form, with the due date at the end of that day', () => {
		const parsed = parseForm(assigning(), form(validModule));
		expect(parsed).toEqual({
			ok: true,
			data: {
				title: 'Yearly update',
				bankIds: ['surgery'],
				audience: 'any',
				difficulty: 'any',
				itemCount: 20,
				secondsPerItem: 60,
				passMark: 80,
				due: { kind: 'fixed', at: new Date('2027-03-31T23:59:59') },
				attemptsAllowed: 3,
				renewalDays: null
			}
		});
	});

	it.each([
		['0', false],
		['1', true],
		['100', true],
		['101', false],
		['1e9', false],
		['1.5', false]
	])('takes %j questions: %s', (itemCount, accepted) => {
		expect(moduleErrors({ itemCount }).itemCount).toBe(
			accepted ? undefined : 'Choose 1 to 100 questions.'
		);
	});

	it.each([
		['4', false],
		['5', true],
		['600', true],
		['601', false],
		['1e9', false]
	])('takes %j seconds a question: %s', (secondsPerItem, accepted) => {
		expect(moduleErrors({ secondsPerItem }).secondsPerItem).toBe(
			accepted ? undefined : 'Allow 5 to 600 seconds a question.'
		);
	});

	it.each([
		['2025-02-30', false],
		['0000-01-01', false],
		['2025-13-01', false],
		['31/03/2027', false],
		['', false],
		['2028-02-29', true],
		['2027-12-31', true]
	])('takes the due date %j: %s', (dueAt, accepted) => {
		expect(moduleErrors({ dueAt }).dueAt).toBe(
			accepted ? undefined : 'Set a due date: a real day, month and year.'
		);
	});

	it.each([
		['passMark', '0', 'Set a pass mark from 1% to 100%.'],
		['passMark', '101', 'Set a pass mark from 1% to 100%.'],
		['attemptsAllowed', '0', 'Allow 1 to 100 attempts, or leave empty for no limit.'],
		['attemptsAllowed', '1e9', 'Allow 1 to 100 attempts, or leave empty for no limit.'],
		['renewalDays', '3651', 'Use 1 to 3,650 days, or leave empty if a pass never lapses.'],
		['title', '   ', 'Give the module a title.'],
		['title', 'Yearly\u202eupdate', 'Remove the control or text-direction characters.'],
		['bank', [], 'Choose at least one bank.'],
		['bank', ['astrology'], 'Choose banks from the list.']
	])('refuses %s = %j', (name, value, message) => {
		expect(moduleErrors({ [name]: value })[name]).toBe(message);
	});

	it.each([
		['1', true],
		['79', true],
		['100', true],
		['0', false],
		['101', false],
		['', false],
		['80%', false],
		['79.5', false]
	])('takes a pass mark of %j: %s', (passMark, accepted) => {
		expect(moduleErrors({ passMark }).passMark).toBe(
			accepted ? undefined : 'Set a pass mark from 1% to 100%.'
		);
	});

	it('reads the pass mark as a number of percent', () => {
		const parsed = parseForm(assigning(), form({ ...validModule, passMark: ' 100 ' }));
		expect(parsed.ok && parsed.data.passMark).toBe(100);
	});

	it('makes a module due until the last second of its due day', () => {
		const parsed = parseForm(assigning(), form({ ...validModule, dueAt: '2027-12-31' }));
		const due = parsed.ok ? parsed.data.due : null;
		const dueAt = due?.kind === 'fixed' ? due.at : null;
		expect(dueAt?.getTime()).toBe(new Date(2027, 11, 31, 23, 59, 59).getTime());
		expect(dueAt?.getTime()).toBeLessThan(new Date(2028, 0, 1).getTime());
	});

	it.each([
		['2026-11-29', 'This date has passed: choose today or a later day.'],
		['2025-06-01', 'This date has passed: choose today or a later day.'],
		['2026-11-30', undefined],
		['2026-12-01', undefined]
	])('refuses a fixed due date that has passed: %s', (dueAt, message) => {
		expect(moduleErrors({ dueAt }).dueAt).toBe(message);
	});

	it('takes a due date of today until the last second of that day', () => {
		const lastSecond = new Date(2026, 10, 30, 23, 59, 59);
		const fields = { ...validModule, dueAt: '2026-11-30' };
		const parsed = parseForm(assigning(lastSecond), form(fields));
		expect(parsed.ok && parsed.data.due).toEqual({ kind: 'fixed', at: lastSecond });
		expect(parseForm(assigning(new Date(2026, 11, 1, 0, 0, 0)), form(fields))).toEqual({
			ok: false,
			errors: { dueAt: 'This date has passed: choose today or a later day.' },
			values: fields
		});
	});

	it('reads a due date typed with spaces around it', () => {
		const parsed = parseForm(assigning(), form({ ...validModule, dueAt: ' 2026-11-30 ' }));
		expect(parsed.ok && parsed.data.due).toEqual({
			kind: 'fixed',
			at: new Date(2026, 10, 30, 23, 59, 59)
		});
	});

	it.each([
		[{ dueAt: '2025-02-30' }, 'dueAt', 'Set a due date: a real day, month and year.'],
		[{ dueAt: '' }, 'dueAt', 'Set a due date: a real day, month and year.'],
		[{ dueAt: '2026-11-29' }, 'dueAt', 'This date has passed: choose today or a later day.'],
		[{ dueRule: 'after-joining', dueDays: '0' }, 'dueDays', 'Give 1 to 365 days after joining.'],
		[{ dueRule: 'after-joining', dueDays: '' }, 'dueDays', 'Give 1 to 365 days after joining.']
	])(
		'names the due field of %j beside a pass mark that is not a number',
		(changes, field, message) => {
			expect(moduleErrors({ ...changes, passMark: '80%' })).toEqual({
				[field]: message,
				passMark: 'Set a pass mark from 1% to 100%.'
			});
		}
	);

	it('refuses a date that passed even when other fields are wrong too, naming both', () => {
		expect(moduleErrors({ dueAt: '2026-01-01', passMark: '0' })).toEqual({
			dueAt: 'This date has passed: choose today or a later day.',
			passMark: 'Set a pass mark from 1% to 100%.'
		});
	});

	it('reads a module due some days after each learner joins, needing no date', () => {
		const parsed = parseForm(
			assigning(),
			form({ ...validModule, dueRule: 'after-joining', dueAt: '', dueDays: ' 14 ' })
		);
		expect(parsed.ok && parsed.data.due).toEqual({ kind: 'after-joining', days: 14 });
	});

	it('ignores a past date left in the form when the module is due after joining', () => {
		const parsed = parseForm(
			assigning(),
			form({ ...validModule, dueRule: 'after-joining', dueAt: '2020-01-01', dueDays: '7' })
		);
		expect(parsed.ok && parsed.data.due).toEqual({ kind: 'after-joining', days: 7 });
	});

	it.each([
		['0', false],
		['1', true],
		['365', true],
		['366', false],
		['', false],
		['2.5', false],
		['two', false]
	])('takes %j days after joining: %s', (dueDays, accepted) => {
		expect(moduleErrors({ dueRule: 'after-joining', dueDays }).dueDays).toBe(
			accepted ? undefined : 'Give 1 to 365 days after joining.'
		);
	});

	it('refuses a due rule it does not know', () => {
		expect(moduleErrors({ dueRule: 'whenever' }).dueRule).toBe('Choose when the module is due.');
	});

	it('reads the audience and difficulty a module draws, each "any" when not sent', () => {
		const parsed = parseForm(
			assigning(),
			form({ ...validModule, audience: 'nurse', difficulty: 'hard' })
		);
		expect(parsed.ok && parsed.data).toMatchObject({ audience: 'nurse', difficulty: 'hard' });
		expect(moduleErrors({ audience: 'patient' }).audience).toBe(
			'Choose an audience from the list.'
		);
		expect(moduleErrors({ difficulty: 'trivial' }).difficulty).toBe(
			'Choose a difficulty from the list.'
		);
	});

	it('previews the draw from the banks and filters alone', () => {
		const draw = moduleDrawForm(['surgery', 'ablation']);
		expect(parseForm(draw, form({ bank: ['ablation'], audience: 'doctor' }))).toEqual({
			ok: true,
			data: { bankIds: ['ablation'], audience: 'doctor', difficulty: 'any' }
		});
		const none = parseForm(draw, form({ bank: [] }));
		expect(none.ok ? {} : none.errors).toEqual({ bank: 'Choose at least one bank.' });
	});

	it('refuses a module with no due date sent', () => {
		expect(moduleErrors({ dueAt: null }).dueAt).toBe('Set a due date: a real day, month and year.');
	});

	it('reads several banks, each once', () => {
		const parsed = parseForm(
			assigning(),
			form({ ...validModule, bank: ['ablation', 'surgery', 'ablation'] })
		);
		expect(parsed.ok && parsed.data.bankIds).toEqual(['ablation', 'surgery']);
	});

	it('reads the limits as numbers when they are set', () => {
		const parsed = parseForm(
			assigning(),
			form({ ...validModule, attemptsAllowed: '100', renewalDays: '3650' })
		);
		expect(parsed.ok && parsed.data).toMatchObject({ attemptsAllowed: 100, renewalDays: 3650 });
	});

	it('reads empty limits as none', () => {
		const parsed = parseForm(assigning(), form({ ...validModule, attemptsAllowed: '' }));
		expect(parsed.ok && parsed.data.attemptsAllowed).toBeNull();
	});
});

describe('creating a cohort', () => {
	it('normalises the name to NFC and trims it', () => {
		const parsed = parseForm(cohortForm, form({ name: '  Zoe\u0301 ward  ', description: '' }));
		expect(parsed).toEqual({ ok: true, data: { name: 'Zo\u00e9 ward', description: '' } });
	});

	it.each([
		['NUL', 'Ward\u00007'],
		['BEL', 'Ward\u00077'],
		['a right-to-left override', 'Ward\u202e7'],
		['a line break', 'Ward\n7']
	])('refuses a name with %s', (_, name) => {
		const parsed = parseForm(cohortForm, form({ name, description: '' }));
		expect(parsed.ok || parsed.errors.name).toBe(
			'Remove the control or text-direction characters.'
		);
	});

	it('refuses an empty or overlong name, and allows lines in the description', () => {
		const empty = parseForm(cohortForm, form({ name: ' ', description: '' }));
		expect(empty.ok || empty.errors.name).toBe('Give the cohort a name.');
		const long = parseForm(cohortForm, form({ name: 'x'.repeat(101), description: '' }));
		expect(long.ok || long.errors.name).toBe('Use at most 100 characters.');
		const lines = parseForm(cohortForm, form({ name: 'Ward 7', description: 'One\nTwo' }));
		expect(lines.ok && lines.data.description).toBe('One\nTwo');
	});
});

describe('joining a cohort', () => {
	it('refuses an empty post, and reads a code with spaces and dashes', () => {
		const empty = parseForm(joinForm, new FormData());
		expect(empty.ok || empty.errors.code).toBe('Enter the join code your educator gave you.');
		const typed = parseForm(joinForm, form({ code: ' abcd-2345 ' }));
		expect(typed.ok && typed.data.code).toBe('ABCD2345');
	});

	it.each(['ABCD23456', 'ABCD234', 'ABCD234!', 'XABCD2345'])('refuses %j as a code', (code) => {
		const parsed = parseForm(joinForm, form({ code }));
		expect(parsed.ok || parsed.errors.code).toBe(
			'A join code is eight letters and digits, like ABCD2345.'
		);
	});

	it('refuses something that cannot be a code', () => {
		const parsed = parseForm(joinForm, form({ code: 'hello' }));
		expect(parsed.ok || parsed.errors.code).toBe(
			'A join code is eight letters and digits, like ABCD2345.'
		);
	});

	it('opens or closes joining only when asked one way or the other', () => {
		expect(parseForm(joiningForm, form({ open: 'true' }))).toEqual({
			ok: true,
			data: { open: true }
		});
		expect(parseForm(joiningForm, form({ open: 'false' }))).toEqual({
			ok: true,
			data: { open: false }
		});
		for (const asked of [form({ open: 'yes' }), new FormData()]) {
			const parsed = parseForm(joiningForm, asked);
			expect(parsed.ok || parsed.errors.open).toBe('Choose whether joining is open.');
		}
	});
});

describe('removing someone from a cohort', () => {
	it('reads the account to remove, and asks for one when none is chosen', () => {
		expect(parseForm(cohortPersonForm, form({ userId: 'u-123' }))).toEqual({
			ok: true,
			data: { userId: 'u-123' }
		});
		const none = parseForm(cohortPersonForm, new FormData());
		expect(none.ok || none.errors.userId).toBe('Choose whom to remove.');
	});
});

describe('inviting a co-educator', () => {
	it('reads the email as accounts store it', () => {
		expect(parseForm(invitationForm, form({ email: ' Dr.Who@Example.ORG ' }))).toEqual({
			ok: true,
			data: { email: 'dr.who@example.org' }
		});
	});

	it('refuses something that is not an email', () => {
		const parsed = parseForm(invitationForm, form({ email: 'not an email' }));
		expect(parsed.ok || parsed.errors.email).toBe(
			'Enter a valid email address, like name@example.org.'
		);
		const empty = parseForm(invitationForm, new FormData());
		expect(empty.ok || empty.errors.email).toBe("Enter the educator's email.");
	});

	it('needs the cohort whose invitation is answered', () => {
		const none = parseForm(invitationAnswerForm, new FormData());
		expect(none.ok || none.errors.cohortId).toBe('Choose an invitation.');
		expect(parseForm(invitationAnswerForm, form({ cohortId: 'c-1' }))).toEqual({
			ok: true,
			data: { cohortId: 'c-1' }
		});
	});
});

describe('a join code given while registering', () => {
	it.each([
		['', ''],
		['  ', ''],
		['abcd-2345', 'ABCD2345'],
		['ABCD 2345', 'ABCD2345']
	])('reads %j as %j', (joinCode, code) => {
		expect(parseForm(registrationJoinForm, form({ joinCode }))).toEqual({
			ok: true,
			data: { joinCode: code }
		});
	});

	it('reads no field as no code', () => {
		expect(parseForm(registrationJoinForm, form({}))).toEqual({ ok: true, data: { joinCode: '' } });
	});

	it('takes a code typed in at most 40 characters, and refuses a longer one as typed', () => {
		const longest = 'ABCD2345' + '-'.repeat(32);
		expect(parseForm(registrationJoinForm, form({ joinCode: longest }))).toEqual({
			ok: true,
			data: { joinCode: 'ABCD2345' }
		});
		const joinCode = `${longest}-`;
		expect(parseForm(registrationJoinForm, form({ joinCode }))).toEqual({
			ok: false,
			errors: { joinCode: 'Use at most 40 characters.' },
			values: { joinCode }
		});
	});

	it.each(['ABC', 'ABCD23456', 'ABCD_234'])(
		'refuses %j, saying what a code looks like',
		(joinCode) => {
			const parsed = parseForm(registrationJoinForm, form({ joinCode }));
			expect(parsed.ok ? null : parsed.errors.joinCode).toBe(
				'A join code is eight letters and digits, like ABCD2345.'
			);
		}
	);
});
