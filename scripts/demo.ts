// Serves the app on a separate demo database: one cohort of about 40 synthetic doctors and nurses
// with eight weeks of practice and module history, and prints the logins.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { seedSynthetic } from '../bench/seed/seed';

const { values } = parseArgs({
	options: {
		db: { type: 'string', default: './data/demo.db' },
		learners: { type: 'string', default: '40' },
		fresh: { type: 'boolean', default: false }
	}
});

const database = path.resolve(values.db);
const password = 'demo-password-2025';
const learners = Number(values.learners);

/** The learner with the longest history, whose progress page shows the most. */
function mostActiveLearner(file: string): string {
	const db = new Database(file, { readonly: true });
	try {
		const row = db
			.prepare(
				'select u.email from answers a join users u on u.id = a.user_id group by a.user_id order by count(*) desc limit 1'
			)
			.get() as { email: string } | undefined;
		return row?.email ?? '(none)';
	} finally {
		db.close();
	}
}

const DEMO_ORGANISATION = 'Demo Hospitals NHS Trust';

/**
 * The demo's site settings: a named trust in UK time, open to anyone, as a new site would be;
 * its certificates name the trust and their cohort's owner, as the app issues them.
 */
function nameDemoOrganisation(file: string): void {
	const db = new Database(file);
	try {
		db.prepare(
			`insert into site_settings (id, organisation_name, time_zone, open_registration, allowed_email_domains, updated_at)
			 values (1, ?, 'Europe/London', 1, '[]', ?)
			 on conflict (id) do nothing`
		).run(DEMO_ORGANISATION, Date.now());
		db.prepare(
			`update certificates set organisation_name = ?, educator_name = coalesce((
				select u.display_name from module_results r
				join training_modules m on m.id = r.module_id
				join cohorts c on c.id = m.cohort_id
				join users u on u.id = c.owner_id
				where r.id = certificates.result_id), '')`
		).run(DEMO_ORGANISATION);
	} finally {
		db.close();
	}
}

if (values.fresh || !existsSync(database)) {
	const summary = await seedSynthetic({
		database,
		learners,
		answers: learners * 160,
		heavyAnswers: 0,
		benchCohortSize: learners,
		months: 2,
		seed: 20251126,
		password
	});
	const { ids } = summary;
	nameDemoOrganisation(database);
	console.log(`Demo database ready at ${database} (${summary.seconds.toFixed(1)} s).`);
	console.log('\nLog in as (every password is the same):');
	console.log(`  administrator  ${ids.admin.email}`);
	console.log(`  educator       ${ids.benchCohort.ownerEmail}  (owns "${ids.benchCohort.name}")`);
	console.log(`  learner        ${mostActiveLearner(database)}`);
	console.log(`  password       ${password}\n`);
} else {
	console.log(`Using the demo database at ${database}; --fresh builds it again.`);
	console.log(`Every demo account's password is ${password}.\n`);
}

const server = spawn(process.execPath, [path.resolve(import.meta.dirname, 'start.js')], {
	stdio: 'inherit',
	env: { ...process.env, DATABASE_PATH: database }
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
