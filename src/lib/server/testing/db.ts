import { openDatabase, type DB } from '../db';

/** A fresh in-memory database with every migration applied, for unit tests. */
export function testDb(): DB {
	return openDatabase(':memory:');
}
