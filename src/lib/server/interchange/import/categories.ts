import { BANK_TITLE_MAX } from '$lib/authoring';

/**
 * Category paths as bank titles, for an import that puts each category in a bank of its own.
 * Paths arrive as `categoryPath` leaves them ("Liver › Ablation": Moodle's `$course$` and `top`
 * already gone).
 */

const SEPARATOR = ' › ';
const ELLIPSIS = '…';

/** A name with something to read in it: a letter or a digit in any script. */
const readable = (segment: string) => /[\p{L}\p{N}]/u.test(segment);

const tidy = (segment: string) =>
	segment
		.normalize('NFC')
		.replace(/\p{Cc}/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();

/**
 * The title a category's bank gets, or '' when the path names nothing readable (only punctuation,
 * or nothing left once Moodle's prefixes are dropped), whose questions then stay in the bank
 * chosen. A title longer than a bank's allows loses its outer categories first ("… › Ablation"),
 * the innermost being the one that tells the banks apart; an innermost name too long by itself is
 * cut at the end.
 */
export function categoryBankTitle(category: string): string {
	let parts = category.split(SEPARATOR).map(tidy).filter(readable);
	let title = parts.join(SEPARATOR);
	if (title.length <= BANK_TITLE_MAX) return title;
	while (parts.length > 1) {
		parts = parts.slice(1);
		title = [ELLIPSIS, ...parts].join(SEPARATOR);
		if (title.length <= BANK_TITLE_MAX) return title;
	}
	return `${parts[0].slice(0, BANK_TITLE_MAX - 1).trimEnd()}${ELLIPSIS}`;
}

/**
 * How titles are compared when a category looks for a bank that already exists: trimmed, runs of
 * spaces as one, case ignored. "Liver › ablation " finds "Liver › Ablation"; "Liver / Ablation"
 * does not.
 */
export function bankTitleKey(title: string): string {
	return tidy(title).toLowerCase();
}
