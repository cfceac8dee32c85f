import { and, eq, isNull, notInArray } from 'drizzle-orm';
import { banks as bankSpecs, loadSourceDocument } from '$lib/content';
import { sha256Hex, type SourceDocument } from '$lib/content/document';
import type { BankSpec, ItemSpec } from '$lib/content/types';
import type { DB, Queries } from '$lib/server/db';
import { run, transaction, type Step } from '$lib/server/db/steps';
import { contentTables, type ContentTables } from './content-tables';
import { writePassagesStep } from '$lib/server/documents/documents';
import { validateBanks } from './validate';
import { writeItemVersionStep } from './versions';

export interface SyncSummary {
	added: number;
	revised: number;
	retired: number;
	unchanged: number;
	/** Bundled changes to items edited in the app, waiting for an educator to accept or keep. */
	held: number;
}

export class ContentError extends Error {}

/** Key order does not change an item: hash a canonical form. */
export function itemContentHash(item: ItemSpec): string {
	const canonical = (value: unknown): unknown => {
		if (Array.isArray(value)) return value.map(canonical);
		if (value && typeof value === 'object')
			return Object.fromEntries(
				Object.keys(value)
					.sort()
					.map((k) => [k, canonical((value as Record<string, unknown>)[k])])
			);
		return value;
	};
	return sha256Hex(JSON.stringify(canonical(item)));
}

/**
 * Writes a bundled spec as the item's next version and serves it. Used by the start-up sync and
 * when an educator accepts a bundled change over their own edit.
 */
export function* publishPackVersionStep(
	tx: Queries,
	spec: ItemSpec,
	hash: string,
	now: Date,
	acceptedBy: string | null = null,
	t: ContentTables = contentTables
): Step<number> {
	const { items, itemEvents } = t;
	const written = yield* writeItemVersionStep(
		tx,
		{
			spec,
			contentHash: hash,
			createdAt: now,
			origin: 'pack',
			approvedBy: acceptedBy,
			note: acceptedBy ? 'The bundled version, accepted over the edit made here.' : ''
		},
		t
	);
	yield* run(
		tx
			.update(items)
			.set({ status: 'published', currentVersionId: written.id, packHash: hash })
			.where(eq(items.id, spec.id))
	);
	yield* run(
		tx.insert(itemEvents).values({
			itemId: spec.id,
			userId: acceptedBy,
			action: acceptedBy ? 'pack-accepted' : 'published',
			note: acceptedBy ? 'Accepted the bundled version.' : 'Published from the bundled banks.',
			versionId: written.id,
			at: now
		})
	);
	return written.id;
}

/** Refuses banks that do not match their document, before anything is written. */
export function requireValidBanks(doc: SourceDocument, specs: BankSpec[]): void {
	const report = validateBanks(specs, doc);
	if (report.problems.length) {
		const lines = report.problems.map((p) => `  ${p.bankId}/${p.itemId}: ${p.message}`);
		throw new ContentError(
			`The question banks do not match the source document:\n${lines.join('\n')}`
		);
	}
}

/**
 * Brings the database in line with the document and the bank files, as one transaction's step.
 * Idempotent: a second run changes nothing. A changed item gets a new version; an item gone
 * from the files is retired (never deleted) and no longer served. The banks must have been
 * validated against the document first.
 */
export function* syncBanksStep(
	tx: Queries,
	doc: SourceDocument,
	specs: BankSpec[],
	now = new Date(),
	t: ContentTables = contentTables
): Step<SyncSummary> {
	const { banks, items, itemVersions, packUpdates, sourceDocuments } = t;
	const summary: SyncSummary = { added: 0, revised: 0, retired: 0, unchanged: 0, held: 0 };
	const [existingDoc] = yield* run(
		tx.select().from(sourceDocuments).where(eq(sourceDocuments.slug, doc.slug)).limit(1)
	);
	if (existingDoc?.version !== doc.version) {
		yield* run(
			tx
				.insert(sourceDocuments)
				.values({ slug: doc.slug, title: doc.title, version: doc.version, syncedAt: now })
				.onConflictDoUpdate({
					target: sourceDocuments.slug,
					set: { title: doc.title, version: doc.version, syncedAt: now }
				})
		);
		yield* writePassagesStep(tx, doc, t);
	}

	const rows = yield* run(
		tx
			.select({
				id: items.id,
				status: items.status,
				packHash: items.packHash,
				origin: itemVersions.origin
			})
			.from(items)
			.leftJoin(itemVersions, eq(itemVersions.id, items.currentVersionId))
	);
	const current = new Map(rows.map((row) => [row.id, row]));
	const seen = new Set<string>();

	for (const [bankPosition, bank] of specs.entries()) {
		const bankRow = {
			title: bank.title,
			description: bank.description,
			position: bankPosition,
			retired: false
		};
		yield* run(
			tx
				.insert(banks)
				.values({ id: bank.id, ...bankRow })
				.onConflictDoUpdate({ target: banks.id, set: bankRow })
		);

		for (const [position, spec] of bank.items.entries()) {
			seen.add(spec.id);
			const hash = itemContentHash(spec);
			const existing = current.get(spec.id);
			const columns = {
				bankId: bank.id,
				type: spec.type,
				difficulty: spec.difficulty,
				forDoctors: spec.audiences.includes('doctor'),
				forNurses: spec.audiences.includes('nurse'),
				position
			};
			// An educator's edit or retirement in the app outranks the pack: the pack's change waits.
			const changedInApp =
				existing && (existing.origin === 'local' || existing.status !== 'published');
			if (existing && existing.packHash === hash) {
				yield* run(
					tx
						.update(items)
						.set(changedInApp ? { position } : columns)
						.where(eq(items.id, spec.id))
				);
				summary.unchanged++;
				continue;
			}
			if (existing && changedInApp && existing.packHash !== null) {
				yield* run(
					tx
						.insert(packUpdates)
						.values({ itemId: spec.id, spec, contentHash: hash, detectedAt: now })
						.onConflictDoUpdate({
							target: packUpdates.itemId,
							set: { spec, contentHash: hash, detectedAt: now }
						})
				);
				summary.held++;
				continue;
			}
			if (!existing) {
				// The row needs a version id; insert it pointing nowhere, then at its first version.
				yield* run(
					tx
						.insert(items)
						.values({ id: spec.id, ...columns, status: 'published', currentVersionId: 0 })
				);
			}
			yield* publishPackVersionStep(tx, spec, hash, now, null, t);
			yield* run(tx.update(items).set(columns).where(eq(items.id, spec.id)));
			if (existing) summary.revised++;
			else summary.added++;
		}
	}

	for (const [id, row] of current) {
		if (!seen.has(id) && row.packHash !== null && row.status !== 'retired') {
			yield* run(
				tx.update(items).set({ status: 'retired', packHash: null }).where(eq(items.id, id))
			);
			summary.retired++;
		}
	}
	const bankIds = specs.map((b) => b.id);
	yield* run(
		tx
			.update(banks)
			.set({ retired: true })
			.where(and(isNull(banks.ownerId), notInArray(banks.id, bankIds)))
	);
	return summary;
}

/**
 * The lock every sync of the bundled content holds: servers starting together on one PostgreSQL
 * database sync one after the other, so the later finds everything in place and changes nothing.
 */
export const CONTENT_SYNC_LOCK = 'content-sync';

/** `syncBanksStep` in a transaction of its own, after validating the banks: on either database. */
export async function loadBanks(
	db: DB,
	doc: SourceDocument,
	specs: BankSpec[],
	now = new Date()
): Promise<SyncSummary> {
	requireValidBanks(doc, specs);
	return transaction(db, (tx) => syncBanksStep(tx, doc, specs, now), {
		locks: [CONTENT_SYNC_LOCK]
	});
}

/**
 * The start-up sync of the project's own document and banks. On PostgreSQL servers starting at
 * once take turns (`CONTENT_SYNC_LOCK`): the first brings the content in, the others find it there.
 */
export function loadContent(db: DB): Promise<SyncSummary> {
	return loadBanks(db, loadSourceDocument(), bankSpecs);
}
