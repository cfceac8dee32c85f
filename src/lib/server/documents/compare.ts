import type { SourceDocument } from '$lib/content/document';

export interface PassageChange {
	id: string;
	sectionHeading: string;
	status: 'unchanged' | 'changed' | 'added' | 'removed';
	before: string | null;
	after: string | null;
	/** For a passage whose text stood under another id before: that id. */
	movedFrom: string | null;
}

/**
 * Two revisions of a document, passage by passage in the order of the newer one; passages that
 * left it follow at the end. Items cite passages by id, so a passage is compared with the one of
 * the same id: text that moved to another place shows as changed there, with where it came from.
 */
export function comparePassages(
	before: SourceDocument | null,
	after: SourceDocument
): PassageChange[] {
	const earlier = before?.passages ?? new Map();
	const idByHash = new Map([...earlier.values()].map((p) => [p.hash, p.id]));
	const headingOf = (doc: SourceDocument) =>
		new Map(doc.sections.flatMap((s) => s.passages.map((p) => [p.id, s.heading] as const)));
	const afterHeadings = headingOf(after);
	const changes: PassageChange[] = [];
	for (const p of after.passages.values()) {
		const old = earlier.get(p.id);
		const status = !old ? 'added' : old.hash === p.hash ? 'unchanged' : 'changed';
		const from = status === 'unchanged' ? undefined : idByHash.get(p.hash);
		changes.push({
			id: p.id,
			sectionHeading: afterHeadings.get(p.id) ?? '',
			status,
			before: old?.text ?? null,
			after: p.text,
			movedFrom: from && from !== p.id ? from : null
		});
	}
	if (before) {
		const beforeHeadings = headingOf(before);
		for (const p of before.passages.values()) {
			if (after.passages.has(p.id)) continue;
			changes.push({
				id: p.id,
				sectionHeading: beforeHeadings.get(p.id) ?? '',
				status: 'removed',
				before: p.text,
				after: null,
				movedFrom: null
			});
		}
	}
	return changes;
}
