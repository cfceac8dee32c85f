import { customType } from 'drizzle-orm/pg-core';

/**
 * An instant kept as milliseconds since the epoch in a `bigint`, read back as a `Date`: the same
 * values SQLite's `timestamp_ms` columns hold, so a copied row compares equal and arithmetic on
 * `getTime()` gives what it gives on SQLite. node-postgres returns `bigint` as a string unless its
 * parser is replaced; either form is read.
 */
export const timestampMs = customType<{ data: Date; driverData: string | number }>({
	dataType: () => 'bigint',
	toDriver: (value) => value.getTime(),
	fromDriver: (value) => new Date(Number(value))
});

/** Bytes, as SQLite's `blob` columns in buffer mode hold them; node-postgres reads `bytea` as a Buffer. */
export const bytea = customType<{ data: Buffer; driverData: Buffer }>({
	dataType: () => 'bytea'
});
