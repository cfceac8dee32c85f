// Creates an account from the shell: npm run user:create -- --email a@b.org --role educator
import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import { PROFESSIONS, ROLES, type Profession, type Role } from '../src/lib/accounts';
import { closeDatabase, DEFAULT_DATABASE_PATH, startDatabase } from '../src/lib/server/db';
import { createUser } from '../src/lib/server/auth/user';

const { values } = parseArgs({
	options: {
		email: { type: 'string' },
		name: { type: 'string' },
		role: { type: 'string', default: 'learner' },
		profession: { type: 'string', default: 'other' },
		password: { type: 'string' },
		help: { type: 'boolean', short: 'h' }
	}
});

const usage = `Usage: npm run user:create -- --email EMAIL [--name NAME] [--role ${ROLES.join('|')}]
       [--profession ${PROFESSIONS.join('|')}] [--password PASSWORD]
Without --password (or USER_PASSWORD in the environment) a random password is made and printed.
The database is PostgreSQL's at DATABASE_URL when it is set, otherwise SQLite's at DATABASE_PATH,
or ${DEFAULT_DATABASE_PATH}.`;

if (values.help || !values.email) {
	console.log(usage);
	process.exit(values.help ? 0 : 2);
}
if (
	!ROLES.includes(values.role as Role) ||
	!PROFESSIONS.includes(values.profession as Profession)
) {
	console.error(usage);
	process.exit(2);
}

const generated = !values.password && !process.env.USER_PASSWORD;
const password =
	values.password ?? process.env.USER_PASSWORD ?? randomBytes(15).toString('base64url');
const db = await startDatabase();
const result = await createUser(db, {
	email: values.email,
	password,
	displayName: values.name ?? values.email.split('@')[0],
	profession: values.profession as Profession,
	role: values.role as Role
});
await closeDatabase();

if (!result.ok) {
	for (const [fieldName, message] of Object.entries(result.errors))
		console.error(`${fieldName}: ${message}`);
	process.exit(1);
}
console.log(`Created ${result.user.role} ${result.user.email}`);
if (generated) console.log(`Password: ${password}`);
