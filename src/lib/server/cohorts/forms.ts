import * as v from 'valibot';
import {
	calendarDate,
	oneOf,
	optionalText,
	optionalWholeNumber,
	someOf,
	text,
	wholeNumber
} from '$lib/server/forms';
import {
	ATTEMPTS_ALLOWED_MAX,
	ATTEMPTS_ALLOWED_MIN,
	COHORT_DESCRIPTION_MAX,
	DUE_DAYS_MAX,
	PASS_MARK_MAX,
	PASS_MARK_MIN,
	RENEWAL_DAYS_MAX,
	RENEWAL_DAYS_MIN
} from '$lib/cohorts';
import { emailAddress } from '$lib/server/auth/forms';
import {
	DRAWN_AUDIENCES,
	DRAWN_DIFFICULTIES,
	MAX_SECONDS_PER_ITEM,
	MAX_SESSION_ITEMS,
	MIN_SECONDS_PER_ITEM
} from '$lib/quiz';
import { COHORT_NAME_MAX, normaliseJoinCode } from './cohorts';
import type { ModuleDraw, ModuleInput } from './modules';

export const MODULE_TITLE_MAX = 120;

/** Creating a cohort. */
export const cohortForm = v.object({
	name: text({ required: 'Give the cohort a name.', max: COHORT_NAME_MAX }),
	description: optionalText({ max: COHORT_DESCRIPTION_MAX, multiline: true })
});

const JOIN_CODE_SHAPE = 'A join code is eight letters and digits, like ABCD2345.';

/** Joining a cohort with the code an educator gave out; spaces and dashes are ignored. */
export const joinForm = v.object({
	code: v.pipe(
		text({ required: 'Enter the join code your educator gave you.', max: 40 }),
		v.transform(normaliseJoinCode),
		v.regex(/^[A-Z0-9]{8}$/, JOIN_CODE_SHAPE)
	)
});

/** The join code a new account may give as it registers: empty for none. */
export const registrationJoinForm = v.object({
	joinCode: v.pipe(
		optionalText({ max: 40 }),
		v.transform(normaliseJoinCode),
		v.check((code) => code === '' || /^[A-Z0-9]{8}$/.test(code), JOIN_CODE_SHAPE)
	)
});

/** Opening or closing a cohort to new members. */
export const joiningForm = v.object({
	open: v.pipe(
		oneOf(['true', 'false'] as const, 'Choose whether joining is open.'),
		v.transform((open) => open === 'true')
	)
});

/** Removing a member or a co-educator: the account, by id. */
export const cohortPersonForm = v.object({
	userId: text({ required: 'Choose whom to remove.', max: 64 })
});

const email = emailAddress("Enter the educator's email.");

/** Inviting an educator to co-run a cohort, or withdrawing that invitation. */
export const invitationForm = v.object({ email });

/** The invitee accepting or declining: the cohort, by id. */
export const invitationAnswerForm = v.object({
	cohortId: text({ required: 'Choose an invitation.', max: 64 })
});

/**
 * A due date is the end of that day, in the server's time zone, so a module due today can still
 * be taken today.
 */
function endOfDay(isoDate: string): Date {
	return new Date(`${isoDate}T23:59:59`);
}

export const DUE_RULES = ['fixed', 'after-joining'] as const;

const DUE_DATE_MESSAGE = 'Set a due date: a real day, month and year.';
const DUE_DAYS_MESSAGE = `Give 1 to ${DUE_DAYS_MAX} days after joining.`;
const dueDate = calendarDate(DUE_DATE_MESSAGE);
const dueDays = wholeNumber(1, DUE_DAYS_MAX, DUE_DAYS_MESSAGE);

/** The fields that decide which questions a module draws: shared by assigning and previewing. */
function drawFields(knownBankIds: string[]) {
	return {
		bank: someOf(knownBankIds, {
			none: 'Choose at least one bank.',
			unknown: 'Choose banks from the list.'
		}),
		audience: v.optional(v.picklist(DRAWN_AUDIENCES, 'Choose an audience from the list.'), 'any'),
		difficulty: v.optional(
			v.picklist(DRAWN_DIFFICULTIES, 'Choose a difficulty from the list.'),
			'any'
		)
	};
}

/** Previewing the questions a module would draw, before assigning it. */
export function moduleDrawForm(knownBankIds: string[]) {
	return v.pipe(
		v.object(drawFields(knownBankIds)),
		v.transform((f): ModuleDraw => ({
			bankIds: f.bank,
			audience: f.audience,
			difficulty: f.difficulty
		}))
	);
}

/**
 * Assigning a training module, over the banks that exist now. A fixed due date must not have
 * passed by `now`; a module due some days after joining gives each learner their own date.
 */
export function moduleForm(knownBankIds: string[], now = new Date()) {
	return v.pipe(
		v.object({
			title: text({ required: 'Give the module a title.', max: MODULE_TITLE_MAX }),
			...drawFields(knownBankIds),
			itemCount: wholeNumber(1, MAX_SESSION_ITEMS, `Choose 1 to ${MAX_SESSION_ITEMS} questions.`),
			secondsPerItem: wholeNumber(
				MIN_SECONDS_PER_ITEM,
				MAX_SECONDS_PER_ITEM,
				`Allow ${MIN_SECONDS_PER_ITEM} to ${MAX_SECONDS_PER_ITEM} seconds a question.`
			),
			passMark: wholeNumber(
				PASS_MARK_MIN,
				PASS_MARK_MAX,
				`Set a pass mark from ${PASS_MARK_MIN}% to ${PASS_MARK_MAX}%.`
			),
			dueRule: v.optional(v.picklist(DUE_RULES, 'Choose when the module is due.'), 'fixed'),
			// Stryker disable next-line StringLiteral: a missing date is refused by the date check whatever it defaults to, and unread under the other rule
			dueAt: v.optional(v.string(), ''),
			// Stryker disable next-line StringLiteral: missing days are refused by the days check whatever they default to, and unread under the other rule
			dueDays: v.optional(v.string(), ''),
			attemptsAllowed: optionalWholeNumber(
				ATTEMPTS_ALLOWED_MIN,
				ATTEMPTS_ALLOWED_MAX,
				`Allow ${ATTEMPTS_ALLOWED_MIN} to ${ATTEMPTS_ALLOWED_MAX} attempts, or leave empty for no limit.`
			),
			renewalDays: optionalWholeNumber(
				RENEWAL_DAYS_MIN,
				RENEWAL_DAYS_MAX,
				`Use ${RENEWAL_DAYS_MIN} to ${RENEWAL_DAYS_MAX.toLocaleString('en-GB')} days, or leave empty if a pass never lapses.`
			)
		}),
		v.forward(
			v.partialCheck(
				// Stryker disable next-line StringLiteral: the check passes for a rule that is not 'fixed', valid or not, and nothing before it can refuse dueAt, a string
				[['dueRule'], ['dueAt']],
				(f) => f.dueRule !== 'fixed' || v.is(dueDate, f.dueAt),
				DUE_DATE_MESSAGE
			),
			['dueAt']
		),
		v.forward(
			v.partialCheck(
				// Stryker disable next-line StringLiteral: the check passes for a rule that is not 'fixed', valid or not, and for a dueAt the check before refused
				[['dueRule'], ['dueAt']],
				(f) =>
					f.dueRule !== 'fixed' ||
					!v.is(dueDate, f.dueAt) ||
					endOfDay(f.dueAt.trim()).getTime() >= now.getTime(),
				'This date has passed: choose today or a later day.'
			),
			['dueAt']
		),
		v.forward(
			v.partialCheck(
				// Stryker disable next-line StringLiteral: the check passes for a rule that is not 'after-joining', valid or not, and nothing before it can refuse dueDays, a string
				[['dueRule'], ['dueDays']],
				(f) => f.dueRule !== 'after-joining' || v.is(dueDays, f.dueDays),
				DUE_DAYS_MESSAGE
			),
			['dueDays']
		),
		v.transform((f): ModuleInput => ({
			title: f.title,
			bankIds: f.bank,
			audience: f.audience,
			difficulty: f.difficulty,
			itemCount: f.itemCount,
			secondsPerItem: f.secondsPerItem,
			passMark: f.passMark,
			due:
				f.dueRule === 'fixed'
					? { kind: 'fixed', at: endOfDay(f.dueAt.trim()) }
					: // Stryker disable next-line MethodExpression: Number() skips the same surrounding white space that trim() removes
						{ kind: 'after-joining', days: Number(f.dueDays.trim()) },
			attemptsAllowed: f.attemptsAllowed,
			renewalDays: f.renewalDays
		}))
	);
}
