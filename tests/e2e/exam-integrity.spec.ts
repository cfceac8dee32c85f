import type { APIRequestContext, APIResponse } from '@playwright/test';
import { test, expect } from '../helpers/test';
import { apiClient, postForm } from '../helpers/api';
import { createAccount } from '../helpers/accounts';
import { queryTestDb } from '../helpers/db';
import type { ItemSpec } from '../../src/lib/content/types';
import { loadSourceDocument } from '../../src/lib/content';
import { DAY_MS } from '../../src/lib/time';

interface Slot {
	position: number;
	itemId: string;
	spec: ItemSpec;
}

function slotsOf(sessionId: string): Slot[] {
	return queryTestDb<{ position: number; item_id: string; spec: string }>(
		`select s.position, s.item_id, v.spec from quiz_session_items s
		 join item_versions v on v.id = s.item_version_id where s.session_id = ? order by s.position`,
		sessionId
	).map((r) => ({ position: r.position, itemId: r.item_id, spec: JSON.parse(r.spec) }));
}

function choiceFor(spec: ItemSpec, right: boolean): Record<string, string> {
	if (spec.type === 'short-answer') {
		const key = spec.shortAnswer!;
		return { answer: right ? `${key.accepted[0]} ${key.unit ?? ''}`.trim() : 'not in the key' };
	}
	if (spec.type === 'extended-matching')
		return Object.fromEntries(
			(spec.stems ?? []).map((s) => [
				`stem-${s.id}`,
				String(right ? s.answer : (s.answer + 1) % spec.options.length)
			])
		);
	const index = spec.options.findIndex((o) => (right ? o.correct : !o.correct));
	return { choice: String(index) };
}

/** Text only the key reveals: explanations, not also found in the source the learner may read. */
function keyMaterial(specs: ItemSpec[]): string[] {
	const source = loadSourceDocument()
		.sections.flatMap((s) => s.passages.map((p) => p.text))
		.join('\n');
	return specs
		.flatMap((spec) => [
			spec.teachingPoint,
			...spec.options.map((o) => o.explanation),
			...(spec.stems ?? []).map((s) => s.explanation),
			spec.shortAnswer?.explanation
		])
		.filter((t): t is string => typeof t === 'string' && t.length >= 30 && !source.includes(t));
}

/** What a response shows, with the ids of anything it created made alike. */
async function outcome(response: APIResponse): Promise<string> {
	const location = (response.headers()['location'] ?? '').replace(/\/[a-z0-9]{20,}/g, '/ID');
	return `${response.status()} ${location}`;
}

const HTML = { accept: 'text/html' };

/** Values that could name something: ids, codes, slugs, hyphenated item and passage ids. */
const ID_LIKE = /^(?:[a-z0-9]{16,}|[A-Z0-9]{16,}|[a-z0-9]+(?:-[a-z0-9]+)+)$/;

/**
 * Hunts for an oracle while a timed test or module attempt is open, whose first question was
 * answered right and second wrong: reads every page the learner can open, then tries every value
 * those pages gave against the learner's routes. Returns what leaked and the values tried.
 */
async function huntForOracles(
	client: APIRequestContext,
	{
		bank,
		attemptId,
		practiceId,
		moduleId
	}: { bank: string; attemptId: string; practiceId: string; moduleId: string | null }
): Promise<{ leaks: string[]; values: string[] }> {
	const slots = slotsOf(attemptId);
	const [right, wrong] = [slots[0].itemId, slots[1].itemId];
	const attempt = `/practice/${attemptId}`;
	const openIds = slots.map((s) => s.itemId);
	const secrets = keyMaterial(slots.map((s) => s.spec));
	expect(secrets.length).toBeGreaterThan(0);

	const leaks: string[] = [];
	const seen = new Set<string>();
	async function read(path: string, response: APIResponse) {
		const body = await response.text();
		for (const secret of secrets)
			if (body.includes(secret)) leaks.push(`${path} shows key material: ${secret.slice(0, 60)}…`);
		const attemptPage =
			path.startsWith(attempt) || (moduleId !== null && path.startsWith(`/modules/${moduleId}`));
		if (attemptPage) {
			for (const id of openIds)
				if (body.includes(id)) leaks.push(`${path} names the item id ${id}`);
			// A short-answer key travels as `shortAnswer`; no open question's may reach the page.
			if (body.includes('shortAnswer')) leaks.push(`${path} carries accepted answers`);
		}
		for (const [, value] of body.matchAll(/(?:href|action|value)="([^"]{1,300})"/g))
			for (const part of value.split(/[/?&=#]/)) if (ID_LIKE.test(part)) seen.add(part);
		for (const [, value] of body.matchAll(/"([A-Za-z0-9-]{6,100})"/g))
			if (ID_LIKE.test(value)) seen.add(value);
		return body;
	}

	// Everything the learner can open while the attempt is open.
	const pages = [
		'/',
		'/practice',
		'/progress',
		'/modules',
		...(moduleId ? [`/modules/${moduleId}`] : []),
		'/sources',
		'/sources/secondary-liver-cancer',
		'/account',
		'/join',
		attempt,
		`${attempt}/results`,
		`/practice/${practiceId}/results`,
		...slots.map((s) => `${attempt}/${s.position}`),
		...slotsOf(practiceId).map((s) => `/practice/${practiceId}/${s.position}`)
	];
	for (const path of pages)
		await read(path, await client.get(path, { headers: HTML, maxRedirects: 0 }));

	// Every value any response gave, and the item ids a learner might know from elsewhere.
	const values = [...new Set([...seen, ...openIds])];
	const startWith = (selection: string) => (v: string) =>
		postForm(client, '/practice?/start', {
			bank,
			item: v,
			count: '1',
			mode: 'tutor',
			selection,
			difficulty: 'any',
			audience: 'any'
		});
	const open = (route: (v: string) => string) => (v: string) =>
		client.get(route(encodeURIComponent(v)), { headers: HTML, maxRedirects: 0 });
	type Try = [string, (v: string) => Promise<APIResponse>];
	const everyValue: Try[] = [
		['start practice (all)', startWith('all')],
		['start practice (wrong)', startWith('wrong')],
		['practice builder link', open((v) => `/practice?item=${v}&bank=${bank}`)],
		['item page', open((v) => `/items/${v}`)],
		['session', open((v) => `/practice/${v}/1`)],
		['results', open((v) => `/practice/${v}/results`)],
		['source', open((v) => `/sources/${v}`)],
		['certificate', open((v) => `/certificates/${v}`)],
		['module', open((v) => `/modules/${v}`)]
	];
	const itemIdsOnly: Try[] = [
		['start practice (unseen)', startWith('unseen')],
		['start practice (flagged)', startWith('flagged')],
		['start practice (due)', startWith('due')]
	];
	const tries: [Try, string[]][] = [
		...everyValue.map((t): [Try, string[]] => [t, values]),
		...itemIdsOnly.map((t): [Try, string[]] => [t, openIds])
	];

	const outcomes = new Map<string, string>();
	for (const [[name, attemptWith], candidates] of tries) {
		for (const value of candidates) {
			const response = await attemptWith(value);
			await read(`${name} with ${value}`, response);
			outcomes.set(`${name}|${value}`, await outcome(response));
			// A session that did start is followed and answered: its feedback must not be the key.
			const location = response.headers()['location'] ?? '';
			const next = /^\/practice\/([a-z0-9]+)\/1$/.exec(location);
			if (response.status() === 303 && next) {
				const served = slotsOf(next[1]).map((s) => s.itemId);
				for (const id of served)
					if (openIds.includes(id)) leaks.push(`${name} with ${value} served open item ${id}`);
				const answered = await client.post(`${location}?/answer`, {
					form: { choice: '0', answer: '3' },
					headers: HTML
				});
				await read(`answering after ${name} with ${value}`, answered);
			}
		}
	}
	for (const [[name]] of tries)
		if (outcomes.get(`${name}|${right}`) !== outcomes.get(`${name}|${wrong}`))
			leaks.push(
				`${name} answers ${outcomes.get(`${name}|${right}`)} for the item answered right and ${outcomes.get(`${name}|${wrong}`)} for the one answered wrong`
			);

	return { leaks, values };
}

test('during a module attempt nothing a learner can reach reveals the key or whether an answer is right', async ({
	baseURL
}) => {
	test.setTimeout(300_000);
	const owner = await createAccount({ role: 'educator' });
	const learner = await createAccount({ name: 'Oracle Hunter' });
	const educator = await apiClient(baseURL!, owner.email);
	const client = await apiClient(baseURL!, learner.email);

	// The learner practised the bank before, so progress and past results name its items.
	const practice = await postForm(client, '/practice?/start', {
		bank: 'clinical-trials',
		count: '4',
		mode: 'tutor',
		selection: 'all',
		difficulty: 'any',
		audience: 'any'
	});
	expect(practice.status()).toBe(303);
	const practiceId = /\/practice\/([a-z0-9]+)\//.exec(practice.headers()['location'])![1];
	for (const slot of slotsOf(practiceId)) {
		await client.post(`/practice/${practiceId}/${slot.position}?/answer`, {
			form: { ...choiceFor(slot.spec, slot.position % 2 === 0), confidence: 'sure' },
			headers: HTML,
			maxRedirects: 0
		});
	}
	await postForm(client, `/practice/${practiceId}/1?/finish`, {});

	// A one-attempt module with a 100% pass mark, over the same bank.
	const created = await postForm(educator, '/educator?/create', {
		name: 'Integrity cohort',
		description: ''
	});
	const cohortId = /\/educator\/cohorts\/([a-z0-9]+)\//.exec(created.headers()['location'])![1];
	const [{ join_code: code }] = queryTestDb<{ join_code: string }>(
		'select join_code from cohorts where id = ?',
		cohortId
	);
	expect((await postForm(client, '/join', { code })).status()).toBeLessThan(400);
	const due = new Date(Date.now() + 7 * DAY_MS).toISOString().slice(0, 10);
	const moduleCreated = await postForm(educator, `/educator/cohorts/${cohortId}/modules/new`, {
		title: 'Certified module',
		bank: 'clinical-trials',
		itemCount: '6',
		secondsPerItem: '120',
		passMark: '100',
		dueAt: due,
		attemptsAllowed: '1',
		renewalDays: ''
	});
	expect(moduleCreated.status()).toBe(303);
	const [{ id: moduleId }] = queryTestDb<{ id: string }>(
		'select id from training_modules where cohort_id = ?',
		cohortId
	);
	const started = await postForm(client, `/modules/${moduleId}?/start`, {});
	expect(started.status()).toBe(303);
	const attemptId = /\/practice\/([a-z0-9]+)\//.exec(started.headers()['location'])![1];
	const slots = slotsOf(attemptId);
	const attempt = `/practice/${attemptId}`;

	// Question 1 answered right, question 2 wrong; neither may be told apart from outside.
	for (const [position, right] of [
		[1, true],
		[2, false]
	] as const) {
		const saved = await client.post(`${attempt}/${position}?/answer`, {
			form: { ...choiceFor(slots[position - 1].spec, right), intent: 'save' },
			headers: HTML,
			maxRedirects: 0
		});
		expect(saved.status()).toBeLessThan(400);
	}
	const { leaks, values } = await huntForOracles(client, {
		bank: 'clinical-trials',
		attemptId,
		practiceId,
		moduleId
	});

	// Nothing above changed the attempt, and no certificate was issued.
	expect(
		queryTestDb(
			'select * from certificates c join users u on u.id = c.user_id where u.email = ?',
			learner.email
		)
	).toEqual([]);
	expect(leaks).toEqual([]);
	expect(values.length).toBeGreaterThan(50);
	await Promise.all([client.dispose(), educator.dispose()]);
});

/** Starts a session of the named items from the builder, as its form posts them. */
async function startNamed(
	client: APIRequestContext,
	mode: 'tutor' | 'timed',
	bank: string,
	itemIds: string[]
): Promise<string> {
	const form = new URLSearchParams({
		bank,
		count: String(itemIds.length),
		mode,
		selection: 'all',
		difficulty: 'any',
		audience: 'any'
	});
	for (const id of itemIds) form.append('item', id);
	const started = await client.post('/practice?/start', {
		data: form.toString(),
		headers: { 'content-type': 'application/x-www-form-urlencoded', ...HTML },
		maxRedirects: 0
	});
	expect(started.status()).toBe(303);
	return /\/practice\/([a-z0-9]+)\//.exec(started.headers()['location'])![1];
}

test('during a timed test of short-answer questions nothing a learner can reach reveals the accepted answers', async ({
	baseURL
}) => {
	test.setTimeout(300_000);
	const learner = await createAccount({ name: 'Cloze Hunter' });
	const client = await apiClient(baseURL!, learner.email);
	const named = ['ablation-size-limit-recall', 'ablation-ire-recall'];

	// Practised before in tutor mode, so the earlier results would show both keys.
	const practiceId = await startNamed(client, 'tutor', 'ablation', named);
	for (const slot of slotsOf(practiceId))
		await client.post(`/practice/${practiceId}/${slot.position}?/answer`, {
			form: choiceFor(slot.spec, true),
			headers: HTML,
			maxRedirects: 0
		});
	await postForm(client, `/practice/${practiceId}/1?/finish`, {});

	const attemptId = await startNamed(client, 'timed', 'ablation', named);
	const slots = slotsOf(attemptId);
	expect(slots.map((s) => s.spec.type)).toEqual(['short-answer', 'short-answer']);
	for (const [position, right] of [
		[1, true],
		[2, false]
	] as const) {
		const saved = await client.post(`/practice/${attemptId}/${position}?/answer`, {
			form: { ...choiceFor(slots[position - 1].spec, right), intent: 'save' },
			headers: HTML,
			maxRedirects: 0
		});
		expect(saved.status()).toBeLessThan(400);
	}
	const [first] = queryTestDb<{ response: string; correct: number }>(
		'select response, correct from answers where session_id = ? and position = 1',
		attemptId
	);
	expect(JSON.parse(first.response).kind).toBe('text');
	expect(first.correct).toBe(1);

	const { leaks, values } = await huntForOracles(client, {
		bank: 'ablation',
		attemptId,
		practiceId,
		moduleId: null
	});
	expect(leaks).toEqual([]);
	expect(values.length).toBeGreaterThan(20);
	await client.dispose();
});
