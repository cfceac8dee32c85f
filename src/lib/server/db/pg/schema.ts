// The PostgreSQL twin of `../schema.ts`: the same tables, columns, keys and indexes under the
// same export names (`schema-parity.spec.ts` holds them together). What each column means is
// documented on the SQLite schema.
export * from './schema/auth';
export * from './schema/content';
export * from './schema/quiz';
export * from './schema/review';
export * from './schema/cohorts';
export * from './schema/settings';
export * from './schema/imports';
export * from './schema/analytics';
