/** Reads a text field from a submitted form; absent or non-text fields read as ''. */
export function field(form: FormData, name: string): string {
	const value = form.get(name);
	return typeof value === 'string' ? value : '';
}

/** Reads a field that must be one of a fixed set, falling back when it is not. */
export function choice<T extends string>(
	form: FormData,
	name: string,
	allowed: readonly T[],
	fallback: T
): T {
	const value = field(form, name);
	return (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}
