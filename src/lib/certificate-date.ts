/**
 * A certificate's date as written on it, such as 30 November 2026, in the organisation's zone:
 * the same on the server and in the browser, wherever either is.
 */
export function certificateDateText(date: Date, timeZone: string): string {
	return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone }).format(date);
}
