/** Cohort and training-module choices and limits, shared by the educator pages and the server's forms. */

/** The members a cohort's dashboard lists: everyone, or those with a module overdue or failed. */
export const MEMBER_FILTERS = ['all', 'overdue', 'failed'] as const;
export type MemberFilter = (typeof MEMBER_FILTERS)[number];

/** The member filter a dashboard address names; any other value, or none, reads as `all`. */
export function parseMemberFilter(value: string | null): MemberFilter {
	return MEMBER_FILTERS.find((filter) => filter === value) ?? 'all';
}

export const COHORT_DESCRIPTION_MAX = 1000;

/** A module due some days after each learner joins: at most this many days. */
export const DUE_DAYS_MAX = 365;

/** A module's pass mark, in percent. */
export const PASS_MARK_MIN = 1;
export const PASS_MARK_MAX = 100;

/** The attempts a module may allow; no number at all allows any. */
export const ATTEMPTS_ALLOWED_MIN = 1;
export const ATTEMPTS_ALLOWED_MAX = 100;

/** The days a pass lasts before the module must be taken again; no number at all, for ever. */
export const RENEWAL_DAYS_MIN = 1;
export const RENEWAL_DAYS_MAX = 3650;
