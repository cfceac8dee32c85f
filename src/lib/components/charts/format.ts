const dayFormat = new Intl.DateTimeFormat('en-GB', {
	weekday: 'short',
	day: 'numeric',
	month: 'short',
	year: 'numeric',
	timeZone: 'UTC'
});

/** A `YYYY-MM-DD` calendar day as people read it: "Wed, 10 Jun 2026". */
export function formatDay(day: string): string {
	return dayFormat.format(new Date(`${day}T00:00:00Z`));
}

export const percent = (share: number | null) =>
	share === null ? '–' : `${Math.round(share * 100)}%`;
