// Prints, as JSON, what the progress pages show for the requests given on a SQLite database, for
// a test run on PostgreSQL to compare with: there the tables are PostgreSQL's, so SQLite is read
// in a process of its own. Usage: tsx progress-on-sqlite.ts FILE REQUESTS_JSON
import { openDatabase } from '$lib/server/db';
import { showProgress, type ProgressRequest } from './progress-requests';

const [file, requests] = process.argv.slice(2);
const db = openDatabase(file);
const shown = await showProgress(db, JSON.parse(requests) as ProgressRequest[]);
db.$client.close();
process.stdout.write(JSON.stringify(shown));
