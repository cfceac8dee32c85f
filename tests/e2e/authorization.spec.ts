import { type APIRequestContext } from '@playwright/test';
import { test, expect } from '../helpers/test';
import { apiClient, postForm as post } from '../helpers/api';
import { createAccount } from '../helpers/accounts';
import { queryTestDb } from '../helpers/db';
import { DAY_MS } from '../../src/lib/time';

type Role = 'anonymous' | 'learner' | 'otherEducator' | 'coEducator' | 'owner' | 'admin';
type Outcome = 'login' | 'home' | 200 | 403 | 404;

const ROLES: Role[] = ['anonymous', 'learner', 'otherEducator', 'coEducator', 'owner', 'admin'];

test('every educator, admin and learner route answers each kind of visitor exactly as it should', async ({
	baseURL
}) => {
	test.setTimeout(120_000);
	const people = {
		learner: await createAccount({ name: 'Matrix Learner' }),
		otherEducator: await createAccount({ role: 'educator' }),
		coEducator: await createAccount({ role: 'educator' }),
		owner: await createAccount({ role: 'educator' }),
		admin: await createAccount({ role: 'admin' })
	};
	const clients = Object.fromEntries(
		await Promise.all(
			ROLES.map(async (role) => [
				role,
				await apiClient(baseURL!, role === 'anonymous' ? undefined : people[role].email)
			])
		)
	) as Record<Role, APIRequestContext>;

	const created = await post(clients.owner, '/educator?/create', {
		name: 'Matrix cohort',
		description: ''
	});
	expect(created.status()).toBe(303);
	const cohortId = /\/educator\/cohorts\/([a-z0-9]+)\//.exec(created.headers()['location'])![1];
	expect(
		(
			await post(clients.otherEducator, '/educator?/create', { name: 'Elsewhere', description: '' })
		).status()
	).toBe(303);
	expect(
		(
			await post(clients.owner, `/educator/cohorts/${cohortId}/manage?/invite`, {
				email: people.coEducator.email
			})
		).status()
	).toBe(200);
	// Another educator cannot take up the invitation; the invitee can.
	expect((await post(clients.otherEducator, '/educator?/accept', { cohortId })).status()).toBe(400);
	expect((await post(clients.coEducator, '/educator?/accept', { cohortId })).status()).toBe(200);
	const [{ join_code: code }] = queryTestDb<{ join_code: string }>(
		'select join_code from cohorts where id = ?',
		cohortId
	);
	expect((await post(clients.learner, '/join', { code })).status()).toBe(200);
	const due = new Date(Date.now() + 7 * DAY_MS).toISOString().slice(0, 10);
	const moduleCreated = await post(clients.owner, `/educator/cohorts/${cohortId}/modules/new`, {
		title: 'Matrix module',
		bank: 'clinical-trials',
		itemCount: '2',
		secondsPerItem: '60',
		passMark: '50',
		dueAt: due,
		attemptsAllowed: '',
		renewalDays: ''
	});
	expect(moduleCreated.status()).toBe(303);
	const [{ id: moduleId }] = queryTestDb<{ id: string }>(
		'select id from training_modules where cohort_id = ?',
		cohortId
	);
	const [{ id: learnerId }] = queryTestDb<{ id: string }>(
		'select id from users where email = ?',
		people.learner.email
	);
	// One module attempt left open and one finished: the drill-down opens only the finished one.
	const startAttempt = async () => {
		const started = await post(clients.learner, `/modules/${moduleId}?/start`, {});
		expect(started.status()).toBe(303);
		return /\/practice\/([a-z0-9]+)\//.exec(started.headers()['location'])![1];
	};
	const finishedSessionId = await startAttempt();
	expect((await post(clients.learner, `/practice/${finishedSessionId}/finish`, {})).status()).toBe(
		303
	);
	const openSessionId = await startAttempt();

	const documentAdded = await post(clients.owner, '/sources/new', {
		title: 'Matrix guide',
		format: 'text',
		text: 'One passage to cite.',
		note: ''
	});
	expect(documentAdded.status()).toBe(303);
	const documentPath = documentAdded.headers()['location'];
	const documentOwnerRoute: Record<Role, Outcome> = {
		anonymous: 'login',
		learner: 403,
		otherEducator: 403,
		coEducator: 403,
		owner: 200,
		admin: 200
	};

	const bankCreated = await post(clients.owner, '/educator/banks?/create', {
		title: 'Matrix bank',
		description: 'Questions for the matrix.'
	});
	expect(bankCreated.status()).toBe(303);
	const bankPath = bankCreated.headers()['location'];
	const bankId = bankPath.split('/').pop()!;
	expect(
		(await post(clients.owner, `${bankPath}?/share`, { email: people.coEducator.email })).status()
	).toBe(200);
	const itemCreated = await post(clients.owner, '/items/new', {
		bank: bankId,
		type: 'single-best-answer',
		stem: 'A draft only its bank’s authors may see.',
		note: 'Matrix draft.'
	});
	expect(itemCreated.status()).toBe(303);
	const itemEditor = itemCreated.headers()['location'];
	const itemPath = itemEditor.replace(/\/edit$/, '');

	const cohortRoute: Record<Role, Outcome> = {
		anonymous: 'login',
		learner: 403,
		otherEducator: 404,
		coEducator: 200,
		owner: 200,
		admin: 200
	};
	const educatorRoute: Record<Role, Outcome> = {
		anonymous: 'login',
		learner: 403,
		otherEducator: 200,
		coEducator: 200,
		owner: 200,
		admin: 200
	};
	const adminRoute: Record<Role, Outcome> = {
		anonymous: 'login',
		learner: 403,
		otherEducator: 403,
		coEducator: 403,
		owner: 403,
		admin: 200
	};
	const memberRoute: Record<Role, Outcome> = {
		anonymous: 'login',
		learner: 200,
		otherEducator: 404,
		coEducator: 404,
		owner: 404,
		admin: 404
	};
	const signedInRoute: Record<Role, Outcome> = {
		anonymous: 'login',
		learner: 200,
		otherEducator: 200,
		coEducator: 200,
		owner: 200,
		admin: 200
	};
	const anonymousRoute: Record<Role, Outcome> = {
		anonymous: 200,
		learner: 'home',
		otherEducator: 'home',
		coEducator: 'home',
		owner: 'home',
		admin: 'home'
	};
	const publicRoute: Record<Role, Outcome> = {
		anonymous: 200,
		learner: 200,
		otherEducator: 200,
		coEducator: 200,
		owner: 200,
		admin: 200
	};
	const goneRoute: Record<Role, Outcome> = {
		anonymous: 404,
		learner: 404,
		otherEducator: 404,
		coEducator: 404,
		owner: 404,
		admin: 404
	};
	const openSessionRoute: Record<Role, Outcome> = {
		anonymous: 'login',
		learner: 403,
		otherEducator: 404,
		coEducator: 404,
		owner: 404,
		admin: 404
	};
	const signedInNotFoundRoute: Record<Role, Outcome> = {
		anonymous: 'login',
		learner: 404,
		otherEducator: 404,
		coEducator: 404,
		owner: 404,
		admin: 404
	};
	const base = `/educator/cohorts/${cohortId}`;
	const matrix: [string, Record<Role, Outcome>][] = [
		['/educator', educatorRoute],
		[base, cohortRoute],
		[`${base}?filter=overdue`, cohortRoute],
		[`${base}/manage`, cohortRoute],
		[`${base}/modules/new`, cohortRoute],
		[`${base}/learners/${learnerId}`, cohortRoute],
		[`${base}/learners/${learnerId}/sessions/${finishedSessionId}`, cohortRoute],
		[`${base}/learners/${learnerId}/sessions/${openSessionId}`, openSessionRoute],
		[`/join/ABCD2345`, signedInRoute],
		[`${base}/export/members.csv`, cohortRoute],
		[`${base}/export/results.csv`, cohortRoute],
		['/educator/items', educatorRoute],
		[`/educator/items?cohort=${cohortId}`, cohortRoute],
		['/educator/reports', educatorRoute],
		['/items/ablation-mwa-vs-rfa', educatorRoute],
		['/items/ablation-mwa-vs-rfa/edit', educatorRoute],
		['/items/ablation-mwa-vs-rfa/history', educatorRoute],
		['/items/new', educatorRoute],
		['/educator/banks', educatorRoute],
		['/educator/review', educatorRoute],
		[bankPath, cohortRoute],
		[itemEditor, cohortRoute],
		[`${itemPath}/history`, cohortRoute],
		['/sources', signedInRoute],
		['/sources/new', educatorRoute],
		[documentPath, signedInRoute],
		[`${documentPath}/revise`, documentOwnerRoute],
		[`${documentPath}/revisions/1`, educatorRoute],
		['/admin', adminRoute],
		['/admin/users', adminRoute],
		['/admin/users?q=matrix&page=2', adminRoute],
		['/admin/settings', adminRoute],
		['/certificates/NOTAREALCODE', signedInNotFoundRoute],
		['/certificates/NOTAREALCODE/certificate.pdf', signedInNotFoundRoute],
		// A reset link works only with its token; without one it is gone for everyone.
		['/reset-password', goneRoute],
		['/reset-password?token=forged.token', goneRoute],
		[`/modules/${moduleId}`, memberRoute],
		['/account', signedInRoute],
		['/login', anonymousRoute],
		['/login?redirectTo=%2F%09%2Fevil.example', anonymousRoute],
		['/register', anonymousRoute],
		// Setup is done: the page is gone for everyone, with or without a token.
		['/setup', goneRoute],
		[`/setup?token=${process.env.E2E_SETUP_TOKEN}`, goneRoute],
		['/verify/NOTAREALCODE', publicRoute]
	];

	const failures: string[] = [];
	for (const [path, expected] of matrix) {
		for (const role of ROLES) {
			const response = await clients[role].get(path, {
				maxRedirects: 0,
				headers: { accept: 'text/html' }
			});
			const location = response.headers()['location'] ?? '';
			const got: Outcome | number | string =
				response.status() !== 303
					? response.status()
					: location.startsWith('/login?redirectTo=')
						? 'login'
						: location === '/'
							? 'home'
							: `303 ${location}`;
			if (got !== expected[role])
				failures.push(`${role} GET ${path}: expected ${expected[role]}, got ${got}`);
		}
	}

	// Actions check the same rules: an outsider cannot change the cohort.
	const outsiderPost = await post(clients.otherEducator, `${base}/manage?/removeMember`, {
		userId: learnerId
	});
	if (outsiderPost.status() !== 404)
		failures.push(`otherEducator POST removeMember: got ${outsiderPost.status()}`);
	const learnerPost = await post(clients.learner, '/educator?/create', {
		name: 'Mine',
		description: ''
	});
	if (learnerPost.status() !== 403)
		failures.push(`learner POST create cohort: got ${learnerPost.status()}`);
	const closedSettings = {
		organisationName: 'Taken over',
		timeZone: 'Pacific/Chatham',
		allowedEmailDomains: 'evil.example'
	};
	const settingsBefore = queryTestDb('select * from site_settings');
	const actionMatrix: [Role, string, Record<string, string>, number][] = [
		['coEducator', `${base}/manage?/invite`, { email: people.otherEducator.email }, 403],
		['otherEducator', `${base}/manage?/invite`, { email: people.otherEducator.email }, 404],
		['learner', `${base}/manage?/invite`, { email: people.learner.email }, 403],
		['coEducator', `${base}/manage?/withdraw`, { email: 'someone@example.org' }, 403],
		['otherEducator', `${base}/manage?/withdraw`, { email: 'someone@example.org' }, 404],
		['coEducator', `${base}/manage?/removeEducator`, { userId: learnerId }, 403],
		['otherEducator', `${base}/manage?/joining`, { open: 'false' }, 404],
		['learner', '/educator?/accept', { cohortId }, 403],
		['learner', '/educator?/decline', { cohortId }, 403],
		['anonymous', '/educator?/accept', { cohortId }, 303],
		['otherEducator', '/educator?/decline', { cohortId }, 400],
		['learner', '/admin/users?/setRole', { userId: learnerId, role: 'admin' }, 403],
		['owner', '/admin/users?/setRole', { userId: learnerId, role: 'admin' }, 403],
		['anonymous', '/admin/users?/setRole', { userId: learnerId, role: 'admin' }, 303],
		['learner', '/admin/users?/deactivate', { userId: learnerId }, 403],
		['owner', '/admin/users?/deactivate', { userId: learnerId }, 403],
		['anonymous', '/admin/users?/deactivate', { userId: learnerId }, 303],
		['owner', '/admin/users?/reactivate', { userId: learnerId }, 403],
		['learner', '/admin/users?/resetLink', { userId: learnerId }, 403],
		['coEducator', '/admin/users?/resetLink', { userId: learnerId }, 403],
		['anonymous', '/admin/users?/resetLink', { userId: learnerId }, 303],
		['learner', '/admin/settings', { ...closedSettings }, 403],
		['owner', '/admin/settings', { ...closedSettings }, 403],
		['anonymous', '/admin/settings', { ...closedSettings }, 303],
		['learner', '/educator/reports?/resolve', { reportId: '1', resolution: 'Done.' }, 403],
		['learner', '/items/ablation-mwa-vs-rfa?/resolve', { reportId: '1', resolution: 'x' }, 403],
		['learner', '/educator/banks?/create', { title: 'Mine', description: 'Mine.' }, 403],
		['anonymous', '/educator/banks?/create', { title: 'Mine', description: 'Mine.' }, 303],
		['otherEducator', `${bankPath}?/share`, { email: people.otherEducator.email }, 404],
		['coEducator', `${bankPath}?/share`, { email: people.otherEducator.email }, 400],
		['coEducator', `${bankPath}?/unshare`, { userId: learnerId }, 403],
		['otherEducator', `${itemEditor}?/save`, { note: 'Mine now.', stem: 'Taken.' }, 404],
		['otherEducator', `${itemEditor}?/submit`, { seenAt: '0' }, 404],
		['otherEducator', `${itemEditor}?/publish`, { seenAt: '0' }, 404],
		['otherEducator', `${itemEditor}?/comment`, { comment: 'Hello.' }, 404],
		['learner', `${itemEditor}?/publish`, { seenAt: '0' }, 403],
		['learner', '/items/ablation-mwa-vs-rfa/edit?/retire', { note: 'Gone.' }, 403],
		['otherEducator', `${itemPath}/history?/revert`, { version: '1' }, 404],
		['learner', '/items/new', { bank: 'ablation', note: 'Mine.' }, 403],
		['otherEducator', '/items/new', { bank: bankId, note: 'Mine.', stem: 'Mine.' }, 400]
	];
	for (const [role, path, form, expected] of actionMatrix) {
		const response = await post(clients[role], path, form);
		if (response.status() !== expected)
			failures.push(`${role} POST ${path}: expected ${expected}, got ${response.status()}`);
	}
	expect(
		queryTestDb<{ role: string; deactivated_at: number | null }>(
			'select role, deactivated_at from users where id = ?',
			learnerId
		)[0]
	).toEqual({ role: 'learner', deactivated_at: null });
	expect(queryTestDb('select * from password_reset_tokens where user_id = ?', learnerId)).toEqual(
		[]
	);
	expect(queryTestDb('select * from site_settings')).toEqual(settingsBefore);
	expect(
		queryTestDb<{ status: string }>(
			"select status from items where bank_id = ? or id = 'ablation-mwa-vs-rfa' order by status desc",
			bankId
		).map((r) => r.status)
	).toEqual(['published', 'draft']);
	expect(
		queryTestDb<{ user_id: string }>(
			'select user_id from cohort_educators where cohort_id = ?',
			cohortId
		)
	).toHaveLength(1);
	expect(
		queryTestDb('select * from cohort_invitations where cohort_id = ?', cohortId)
	).toHaveLength(0);
	// The account page's actions act only for whoever is signed in.
	const anonymousProfile = await post(clients.anonymous, '/account?/profile', {
		displayName: 'Nobody',
		profession: 'other'
	});
	if (!(anonymousProfile.headers()['location'] ?? '').startsWith('/login?redirectTo='))
		failures.push(`anonymous POST account profile: got ${anonymousProfile.status()}`);
	const anonymousPassword = await post(clients.anonymous, '/account?/password', {
		currentPassword: 'anything',
		newPassword: 'a brand new passphrase'
	});
	if (!(anonymousPassword.headers()['location'] ?? '').startsWith('/login?redirectTo='))
		failures.push(`anonymous POST account password: got ${anonymousPassword.status()}`);
	expect(
		queryTestDb(
			'select * from cohort_members where cohort_id = ? and user_id = ?',
			cohortId,
			learnerId
		)
	).toHaveLength(1);

	expect(failures).toEqual([]);
	await Promise.all(Object.values(clients).map((c) => c.dispose()));
});
