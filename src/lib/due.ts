import { formatDate } from '$lib/format';

/** When a module falls due: one date for everyone, or a number of days after each learner joins. */
export type DueRule = { kind: 'fixed'; at: Date } | { kind: 'after-joining'; days: number };

/** The rule in words, as educators set it: "due 31 Mar 2027" or "due 14 days after joining". */
export function dueText(rule: DueRule): string {
	if (rule.kind === 'fixed') return `due ${formatDate(rule.at)}`;
	return `due ${rule.days} day${rule.days === 1 ? '' : 's'} after joining`;
}
