/** Which database the process keeps its data in. */
export type Backend = 'sqlite' | 'postgres';

/** Whether `url` is a PostgreSQL address: `postgres://…` or `postgresql://…`. */
export function isPostgresUrl(url: string): boolean {
	return /^postgres(ql)?:\/\//.test(url);
}

/**
 * The backend the environment selects: PostgreSQL when `DATABASE_URL` is a `postgres://` or
 * `postgresql://` address, otherwise the embedded SQLite file at `DATABASE_PATH`. Any other
 * `DATABASE_URL` is refused rather than quietly ignored, so a mistyped address never leaves a
 * server writing to a local file its operator did not mean to use.
 */
export function databaseBackend(env: Record<string, string | undefined> = process.env): Backend {
	const url = env.DATABASE_URL;
	if (!url) return 'sqlite';
	if (isPostgresUrl(url)) return 'postgres';
	throw new Error(
		'DATABASE_URL must be a postgres:// or postgresql:// address; leave it unset to use SQLite at DATABASE_PATH.'
	);
}

/**
 * The most connections a server keeps open to PostgreSQL: `PG_POOL_SIZE`, or 10 without it. Any
 * value but a whole number above 0 is refused, as a mistyped address is.
 */
export function poolSize(env: Record<string, string | undefined> = process.env): number {
	const setting = env.PG_POOL_SIZE?.trim();
	if (!setting) return 10;
	if (!/^[1-9]\d{0,3}$/.test(setting))
		throw new Error(`PG_POOL_SIZE must be a whole number from 1 to 9999, not "${setting}".`);
	return Number(setting);
}
