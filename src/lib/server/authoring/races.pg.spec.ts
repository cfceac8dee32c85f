import { readFileSync } from 'node:fs';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { banks as bundled, loadSourceDocument } from '$lib/content';
import type { ItemSpec } from '$lib/content/types';
import type { DB } from '$lib/server/db';
import { openPostgres, type PgDB } from '$lib/server/db/pg';
import type { Role } from '$lib/server/db/schema';
import {
	banks,
	documentRevisions,
	itemDrafts,
	itemEvents,
	items,
	itemVersions,
	sourceDocuments,
	users
} from '$lib/server/db/tables';
import { loadBanks } from '$lib/server/bank/sync';
import { addDocument, reviseDocument, type DocumentInput } from '$lib/server/documents/documents';
import { confirmImport, createImportPreview } from '$lib/server/interchange/import/preview';
import { readImportFile } from '$lib/server/interchange/import/read';
import { runningOnPostgres, testDatabase } from '$lib/server/testing/db';
import { createBank } from './banks';
import {
	AuthoringError,
	createItem,
	openDraft,
	publishDraft,
	saveDraft,
	submitForReview
} from './drafts';

const PARALLEL = 20;
const ablation = bundled.find((b) => b.id === 'ablation')!;
const model = ablation.items.find((i) => i.type === 'single-best-answer')!;

/**
 * The test database and a second handle on it with a pool of its own: two app servers. Requests
 * alternate between them, so no two that race share a connection.
 */
async function twoServers(): Promise<[DB, DB]> {
	const db = await testDatabase();
	const url = (db as unknown as PgDB).$client.options.connectionString!;
	const other = openPostgres(url, { max: 10, allowExitOnIdle: true });
	return [db, other as unknown as DB];
}

async function person(db: DB, id: string, role: Role) {
	const [user] = await db
		.insert(users)
		.values({ id, email: `${id}@example.org`, passwordHash: '-', displayName: id, role })
		.returning();
	return user;
}

/** Two servers on a database holding the ablation bank, an author and a reviewer. */
async function authoring() {
	const servers = await twoServers();
	const [db] = servers;
	await loadBanks(db, loadSourceDocument(), [ablation]);
	return {
		servers,
		db,
		author: await person(db, 'author', 'educator'),
		reviewer: await person(db, 'reviewer', 'educator')
	};
}

const goodSpec = (): ItemSpec => ({
	...structuredClone(model),
	stem: `${model.stem} She asks what comes next.`
});

const seen = async (db: DB, itemId: string) => (await openDraft(db, itemId))!.updatedAt.getTime();

/** Every call's outcome, so that a test can count the refusals as well as the successes. */
function settle<T>(calls: (i: number) => Promise<T>) {
	return Promise.allSettled(Array.from({ length: PARALLEL }, (_, i) => calls(i)));
}

const refusals = (results: PromiseSettledResult<unknown>[]) =>
	results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));

const document = (text: string): DocumentInput => ({
	title: '',
	format: 'markdown',
	text,
	note: ''
});

describe.skipIf(!runningOnPostgres)('on PostgreSQL, with two servers racing', () => {
	it('makes one version of twenty publishes of one draft at once, refusing the others in words', async () => {
		const { servers, db, author, reviewer } = await authoring();
		const id = await createItem(db, author, 'ablation', goodSpec(), 'A new question.');
		await submitForReview(db, author, id, await seen(db, id));
		const opened = await seen(db, id);
		const results = await settle((i) => publishDraft(servers[i % 2], reviewer, id, opened));
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		const refused = refusals(results);
		expect(refused.every((e) => e instanceof AuthoringError)).toBe(true);
		expect(refused.map((e) => (e as Error).message)).toEqual(
			Array(PARALLEL - 1).fill('This question has no open draft: it was published or discarded.')
		);
		const versions = await db.select().from(itemVersions).where(eq(itemVersions.itemId, id));
		expect(versions.map((v) => v.version)).toEqual([1]);
		const published = await db
			.select()
			.from(itemEvents)
			.where(and(eq(itemEvents.itemId, id), eq(itemEvents.action, 'published')));
		expect(published).toHaveLength(1);
	});

	it('keeps one of twenty saves made at once from pages opened on the same draft', async () => {
		const { servers, db, author, reviewer } = await authoring();
		const id = await createItem(db, author, 'ablation', goodSpec(), 'Started.');
		const opened = await seen(db, id);
		const results = await settle((i) =>
			saveDraft(
				servers[i % 2],
				i % 2 ? reviewer : author,
				id,
				{ ...goodSpec(), objective: `Objective ${i}.` },
				`Save ${i}.`,
				opened,
				new Date(opened + 1000 + i)
			)
		);
		const saved = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
		expect(saved).toHaveLength(1);
		expect(refusals(results).every((e) => e instanceof AuthoringError)).toBe(true);
		expect((await openDraft(db, id))?.spec.objective).toBe(saved[0].spec.objective);
		const edits = await db
			.select()
			.from(itemEvents)
			.where(and(eq(itemEvents.itemId, id), eq(itemEvents.action, 'edited')));
		expect(edits).toHaveLength(1);
	});

	it('opens one draft of twenty first saves at once on a published question', async () => {
		const { servers, db, author } = await authoring();
		const results = await settle((i) =>
			saveDraft(
				servers[i % 2],
				author,
				model.id,
				{ ...model, objective: `Objective ${i}.` },
				`Draft ${i}.`,
				null
			)
		);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		expect(refusals(results).every((e) => e instanceof AuthoringError)).toBe(true);
		const drafts = await db.select().from(itemDrafts).where(eq(itemDrafts.itemId, model.id));
		expect(drafts).toHaveLength(1);
	});

	it('drafts an import once when its confirmation is sent twenty times at once', async () => {
		const { servers, db, author } = await authoring();
		const bankId = await createBank(db, author, { title: 'Imported', description: 'Moodle.' });
		const parsed = readImportFile(
			'every-type.xml',
			readFileSync('tests/fixtures/import/moodle-every-type.xml')
		);
		const { token, data } = await createImportPreview(db, author, bankId, 'every-type.xml', parsed);
		const results = await Promise.all(
			Array.from({ length: PARALLEL }, (_, i) => confirmImport(servers[i % 2], author, token))
		);
		const first = results.filter((r) => !r.repeated);
		expect(first).toHaveLength(1);
		for (const again of results.filter((r) => r.repeated))
			expect(again).toEqual({ ...first[0], repeated: true });
		const drafted = await db.select().from(items).where(eq(items.bankId, bankId));
		expect(drafted).toHaveLength(data.questions.length);
	});

	it('makes twenty banks of one title made at once, each with an id and a place of its own', async () => {
		const { servers, author } = await authoring();
		const ids = await Promise.all(
			Array.from({ length: PARALLEL }, (_, i) =>
				createBank(servers[i % 2], author, { title: 'Ward drugs', description: 'Mine.' })
			)
		);
		expect(new Set(ids).size).toBe(PARALLEL);
		const made = await servers[0].select().from(banks).where(eq(banks.title, 'Ward drugs'));
		expect(made).toHaveLength(PARALLEL);
		expect(new Set(made.map((b) => b.position)).size).toBe(PARALLEL);
	});

	it('gives twenty questions started at once in one bank a place each', async () => {
		const { servers, author } = await authoring();
		const ids = await Promise.all(
			Array.from({ length: PARALLEL }, (_, i) =>
				createItem(servers[i % 2], author, 'ablation', goodSpec(), `Question ${i}.`)
			)
		);
		const made = await servers[0].select().from(items).where(eq(items.bankId, 'ablation'));
		const placed = made.filter((item) => ids.includes(item.id));
		expect(placed).toHaveLength(PARALLEL);
		expect(new Set(made.map((item) => item.position)).size).toBe(made.length);
	});

	it('brings a changed bank in once when twenty servers start at once after an update', async () => {
		const servers = await twoServers();
		const doc = loadSourceDocument();
		await loadBanks(servers[0], doc, [ablation]);
		const revised = { ...model, teachingPoint: `${model.teachingPoint} Revised.` };
		const update = [
			{ ...ablation, items: ablation.items.map((i) => (i.id === model.id ? revised : i)) }
		];
		const summaries = await Promise.all(
			Array.from({ length: PARALLEL }, (_, i) => loadBanks(servers[i % 2], doc, update))
		);
		expect(summaries.filter((s) => s.revised > 0)).toEqual([
			{ added: 0, revised: 1, retired: 0, unchanged: ablation.items.length - 1, held: 0 }
		]);
		const versions = await servers[0]
			.select()
			.from(itemVersions)
			.where(eq(itemVersions.itemId, model.id));
		expect(versions.map((v) => v.version).sort()).toEqual([1, 2]);
	});

	it('gives twenty documents of one title added at once an address each', async () => {
		const { servers, author } = await authoring();
		const text = '# Ward sepsis guide\n\n## Red flags\n\n- Confusion';
		const results = await Promise.all(
			Array.from({ length: PARALLEL }, (_, i) =>
				addDocument(servers[i % 2], author, document(text))
			)
		);
		const slugs = results.flatMap((r) => (r.ok ? [r.slug] : []));
		expect(new Set(slugs).size).toBe(PARALLEL);
		const stored = await servers[0]
			.select()
			.from(sourceDocuments)
			.where(eq(sourceDocuments.title, 'Ward sepsis guide'));
		expect(stored).toHaveLength(PARALLEL);
	});

	it('numbers twenty revisions of one document made at once one after another', async () => {
		const { servers, db, author } = await authoring();
		const owner = author;
		const added = await addDocument(db, owner, document('# Guide\n\n## Part\n\nFirst text.'));
		if (!added.ok) throw new Error('document not added');
		const results = await Promise.all(
			Array.from({ length: PARALLEL }, (_, i) =>
				reviseDocument(
					servers[i % 2],
					owner,
					added.slug,
					document(`# Guide\n\n## Part\n\nText number ${i}.`)
				)
			)
		);
		expect(results.every((r) => r?.ok)).toBe(true);
		const revisions = await db
			.select({ revision: documentRevisions.revision })
			.from(documentRevisions)
			.where(eq(documentRevisions.documentSlug, added.slug));
		expect(revisions.map((r) => r.revision).sort((a, b) => a - b)).toEqual(
			Array.from({ length: PARALLEL + 1 }, (_, i) => i + 1)
		);
	});
});
