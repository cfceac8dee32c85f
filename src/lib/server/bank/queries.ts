import { and, asc, count, eq } from 'drizzle-orm';
import type { DB } from '../db';
import { banks, items } from '../db/schema';

export interface BankSummary {
	id: string;
	title: string;
	description: string;
	itemCount: number;
}

/** The banks now served, with how many published items each holds. */
export function listBanks(db: DB): BankSummary[] {
	return db
		.select({
			id: banks.id,
			title: banks.title,
			description: banks.description,
			itemCount: count(items.id)
		})
		.from(banks)
		.leftJoin(items, and(eq(items.bankId, banks.id), eq(items.status, 'published')))
		.where(eq(banks.retired, false))
		.groupBy(banks.id)
		.orderBy(asc(banks.position))
		.all();
}
