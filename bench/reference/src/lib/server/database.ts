import Database from 'better-sqlite3';

let insert: Database.Statement<[number, number]> | null = null;

/**
 * The same pragmas as the platform's database, so an insert costs the same fsync. The statement
 * is prepared once, as a hand-written bare app would: the reference is the framework's best case.
 */
function prepareInsert(): Database.Statement<[number, number]> {
	const db = new Database(process.env.DATABASE_PATH || 'reference.db');
	db.pragma('journal_mode = WAL');
	db.pragma('synchronous = FULL');
	db.pragma('foreign_keys = ON');
	db.pragma('busy_timeout = 5000');
	db.pragma('temp_store = MEMORY');
	db.exec(
		`create table if not exists submissions (
			id integer primary key autoincrement,
			choice integer not null,
			created_at integer not null
		)`
	);
	return db.prepare('insert into submissions (choice, created_at) values (?, ?)');
}

export function insertSubmission(choice: number): void {
	insert ??= prepareInsert();
	insert.run(choice, Date.now());
}
