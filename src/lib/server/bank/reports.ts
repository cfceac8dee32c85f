import { and, desc, eq } from 'drizzle-orm';
import { fixed } from '$lib/server/db/prepared';
import * as v from 'valibot';
import { RESOLUTION_MAX } from '$lib/authoring';
import type { DB } from '$lib/server/db';
import { banks, itemReports, items, itemVersions, users } from '$lib/server/db/tables';
import { text, wholeNumber } from '$lib/server/forms';

/** An educator closing a report with a note of what was done. */
export const resolveReportForm = v.object({
	reportId: wholeNumber(1, Number.MAX_SAFE_INTEGER, 'Choose a report to resolve.'),
	resolution: text({
		required: 'Say what was done about the report.',
		max: RESOLUTION_MAX,
		multiline: true
	})
});

export interface ReportRow {
	id: number;
	itemId: string;
	version: number;
	bankTitle: string;
	message: string;
	reporter: string;
	createdAt: Date;
	status: 'open' | 'resolved';
	resolution: string | null;
	resolvedAt: Date | null;
}

/** Problem reports, newest first: all open ones, or every report about one item. */
export function listReports(
	db: DB,
	filter: { status?: 'open'; itemId?: string }
): Promise<ReportRow[]> {
	return db
		.select({
			id: itemReports.id,
			itemId: itemReports.itemId,
			version: itemVersions.version,
			bankTitle: banks.title,
			message: itemReports.message,
			reporter: users.displayName,
			createdAt: itemReports.createdAt,
			status: itemReports.status,
			resolution: itemReports.resolution,
			resolvedAt: itemReports.resolvedAt
		})
		.from(itemReports)
		.innerJoin(itemVersions, eq(itemVersions.id, itemReports.itemVersionId))
		.innerJoin(items, eq(items.id, itemReports.itemId))
		.innerJoin(banks, eq(banks.id, items.bankId))
		.innerJoin(users, eq(users.id, itemReports.userId))
		.where(
			and(
				filter.status ? eq(itemReports.status, filter.status) : undefined,
				filter.itemId ? eq(itemReports.itemId, filter.itemId) : undefined
			)
		)
		.orderBy(desc(itemReports.createdAt));
}

/** Closes a report with the educator's note; resolving twice keeps the first resolution. */
export async function resolveReport(
	db: DB,
	reportId: number,
	educatorId: string,
	note: string,
	now = new Date()
): Promise<boolean> {
	const resolved = await db
		.update(itemReports)
		.set({
			status: 'resolved',
			resolvedBy: educatorId,
			resolvedAt: now,
			resolution: note.trim().slice(0, RESOLUTION_MAX)
		})
		.where(and(eq(itemReports.id, reportId), fixed(eq(itemReports.status, 'open'))))
		.returning({ id: itemReports.id });
	return resolved.length === 1;
}
