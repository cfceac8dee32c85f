import { and, eq, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { DB } from '$lib/server/db';
import { perform } from '$lib/server/db/steps';
import { users, type User } from '$lib/server/db/tables';
import { insertAccountStep, setUserRole } from '$lib/server/auth/user';
import { runningOnPostgres } from '$lib/server/testing/db';
import { twentyAtOnce, twoServers } from '$lib/server/testing/two-servers';
import { deactivateUser } from './users';

const ROUNDS = 10;

async function administrator(db: DB, n: number) {
	const created = await perform(
		db,
		insertAccountStep(db, {
			email: `admin${n}@example.org`,
			passwordHash: 'none: never signs in',
			displayName: `Admin ${n}`,
			profession: 'other',
			role: 'admin'
		})
	);
	if (!created.ok) throw new Error('administrator not created');
	return created.user;
}

async function activeAdministrators(db: DB) {
	return db
		.select({ id: users.id })
		.from(users)
		.where(and(eq(users.role, 'admin'), isNull(users.deactivatedAt)));
}

describe.skipIf(!runningOnPostgres)(
	'user administration on PostgreSQL, with two servers racing',
	() => {
		// Two requests overlap only now and then, so each pair races in ten rounds.
		it('keeps one administrator when two deactivate each other at once', async () => {
			const servers = await twoServers();
			for (let round = 0; round < ROUNDS; round++) {
				await servers[0].delete(users);
				const [first, second] = [
					await administrator(servers[0], 1),
					await administrator(servers[0], 2)
				];
				const results = await Promise.all([
					deactivateUser(servers[0], first.id, second.id),
					deactivateUser(servers[1], second.id, first.id)
				]);
				expect(results.filter((r) => r.ok)).toHaveLength(1);
				expect(await activeAdministrators(servers[0])).toHaveLength(1);
			}
		});

		it('keeps one of twenty administrators who each deactivate the next at once', async () => {
			const servers = await twoServers();
			const admins: User[] = [];
			for (let i = 0; i < 20; i++) admins.push(await administrator(servers[0], i));
			const results = await twentyAtOnce(servers, (db, i) =>
				deactivateUser(db, admins[i].id, admins[(i + 1) % admins.length].id)
			);
			expect(results.filter((r) => r.ok)).toHaveLength(19);
			expect(await activeAdministrators(servers[0])).toHaveLength(1);
		});

		it('keeps one administrator when one is deactivated as the other gives up the role', async () => {
			const servers = await twoServers();
			for (let round = 0; round < ROUNDS; round++) {
				await servers[0].delete(users);
				const [first, second] = [
					await administrator(servers[0], 1),
					await administrator(servers[0], 2)
				];
				const results = await Promise.all([
					deactivateUser(servers[0], first.id, second.id),
					setUserRole(servers[1], first.id, 'educator')
				]);
				expect(results.filter((r) => r.ok)).toHaveLength(1);
				expect(await activeAdministrators(servers[0])).toHaveLength(1);
			}
		});
	}
);
