/** A form's submitted values as the server sends them back to refill it. */
export type FormValues = Record<string, string | string[] | undefined>;

/** One field's submitted text, or the fallback when it was not sent. */
export function textOf(values: FormValues | null | undefined, name: string, fallback = ''): string {
	const value = values?.[name];
	return typeof value === 'string' ? value : fallback;
}

/** Every value submitted under a name (ticked checkboxes). */
export function listOf(values: FormValues | null | undefined, name: string): string[] {
	const value = values?.[name];
	return Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
}
