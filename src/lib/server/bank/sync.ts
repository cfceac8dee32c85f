import { and, eq, isNull, notInArray } from 'drizzle-orm';
import { banks as bankSpecs, loadSourceDocument } from '$lib/content';
import { sha256Hex, type SourceDocument } from '$lib/content/document';
import type { BankSpec, ItemSpec } from '$lib/content/types';
import type { DB, Queries } from '../db';
import { banks, itemEvents, items, itemVersions, packUpdates, sourceDocuments } from '../db/schema';
import { writePassages } from '../documents/documents';
import { validateBanks } from './validate';
import { writeItemVersion } from './versions';

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
export function publishPackVersion(
	tx: Queries,
	spec: ItemSpec,
	hash: string,
	now: Date,
	acceptedBy: string | null = null
): number {
	const written = writeItemVersion(tx, {
		spec,
		contentHash: hash,
		createdAt: now,
		origin: 'pack',
		approvedBy: acceptedBy,
		note: acceptedBy ? 'The bundled version, accepted over the edit made here.' : ''
	});
	tx.update(items)
		.set({ status: 'published', currentVersionId: written.id, packHash: hash })
		.where(eq(items.id, spec.id))
		.run();
	tx.insert(itemEvents)
		.values({
			itemId: spec.id,
			userId: acceptedBy,
			action: acceptedBy ? 'pack-accepted' : 'published',
			note: acceptedBy ? 'Accepted the bundled version.' : 'Published from the bundled banks.',
			versionId: written.id,
			at: now
		})
		.run();
	return written.id;
}

/**
 * Brings the database in line with the document and the bank files, in one transaction.
 * Idempotent: a second run changes nothing. A changed item gets a new version; an item gone
 * from the files is retired (never deleted) and no longer served.
 */
export function syncBanks(
	db: DB,
	doc: SourceDocument,
	specs: BankSpec[],
	now = new Date()
): SyncSummary {
	const report = validateBanks(specs, doc);
	if (report.problems.length) {
		const lines = report.problems.map((p) => `  ${p.bankId}/${p.itemId}: ${p.message}`);
		throw new ContentError(
			`The question banks do not match the source document:\n${lines.join('\n')}`
		);
	}
	const summary: SyncSummary = { added: 0, revised: 0, retired: 0, unchanged: 0, held: 0 };

	db.transaction((tx) => {
		const existingDoc = tx
			.select()
			.from(sourceDocuments)
			.where(eq(sourceDocuments.slug, doc.slug))
			.get();
		if (existingDoc?.version !== doc.version) {
			tx.insert(sourceDocuments)
				.values({ slug: doc.slug, title: doc.title, version: doc.version, syncedAt: now })
				.onConflictDoUpdate({
					target: sourceDocuments.slug,
					set: { title: doc.title, version: doc.version, syncedAt: now }
				})
				.run();
			writePassages(tx, doc);
		}

		const current = new Map(
			tx
				.select({
					id: items.id,
					status: items.status,
					packHash: items.packHash,
					origin: itemVersions.origin
				})
				.from(items)
				.leftJoin(itemVersions, eq(itemVersions.id, items.currentVersionId))
				.all()
				.map((row) => [row.id, row])
		);
		const seen = new Set<string>();

		specs.forEach((bank, bankPosition) => {
			const bankRow = {
				title: bank.title,
				description: bank.description,
				position: bankPosition,
				retired: false
			};
			tx.insert(banks)
				.values({ id: bank.id, ...bankRow })
				.onConflictDoUpdate({ target: banks.id, set: bankRow })
				.run();

			bank.items.forEach((spec, position) => {
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
					tx.update(items)
						.set(changedInApp ? { position } : columns)
						.where(eq(items.id, spec.id))
						.run();
					summary.unchanged++;
					return;
				}
				if (existing && changedInApp && existing.packHash !== null) {
					tx.insert(packUpdates)
						.values({ itemId: spec.id, spec, contentHash: hash, detectedAt: now })
						.onConflictDoUpdate({
							target: packUpdates.itemId,
							set: { spec, contentHash: hash, detectedAt: now }
						})
						.run();
					summary.held++;
					return;
				}
				if (!existing) {
					// The row needs a version id; insert it pointing nowhere, then at its first version.
					tx.insert(items)
						.values({ id: spec.id, ...columns, status: 'published', currentVersionId: 0 })
						.run();
				}
				publishPackVersion(tx, spec, hash, now);
				tx.update(items).set(columns).where(eq(items.id, spec.id)).run();
				if (existing) summary.revised++;
				else summary.added++;
			});
		});

		for (const [id, row] of current) {
			if (!seen.has(id) && row.packHash !== null && row.status !== 'retired') {
				tx.update(items).set({ status: 'retired', packHash: null }).where(eq(items.id, id)).run();
				summary.retired++;
			}
		}
		const bankIds = specs.map((b) => b.id);
		tx.update(banks)
			.set({ retired: true })
			.where(and(isNull(banks.ownerId), notInArray(banks.id, bankIds)))
			.run();
	});
	return summary;
}

/** The start-up sync of the project's own document and banks. */
export function syncContent(db: DB): SyncSummary {
	return syncBanks(db, loadSourceDocument(), bankSpecs);
}
