/** How the app writes shares and dates for people to read. */

/** A share from 0 to 1 as a whole percentage, "42%"; "–" when there is none. */
export function percent(share: number | null): string {
	return share === null ? '–' : `${Math.round(share * 100)}%`;
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
	dateStyle: 'medium',
	timeStyle: 'short'
});
const dayFormat = new Intl.DateTimeFormat('en-GB', {
	weekday: 'short',
	day: 'numeric',
	month: 'short',
	year: 'numeric',
	timeZone: 'UTC'
});

/** A date such as "10 Jun 2026". */
export function formatDate(date: Date): string {
	return dateFormat.format(date);
}

/** A date and time such as "10 Jun 2026, 14:05". */
export function formatDateTime(date: Date): string {
	return dateTimeFormat.format(date);
}

/** A `YYYY-MM-DD` calendar day as people read it: "Wed, 10 Jun 2026". */
export function formatDay(day: string): string {
	return dayFormat.format(new Date(`${day}T00:00:00Z`));
}
