import { storeLearner } from '$lib/server/testing/fixtures';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { items } from '$lib/server/db/tables';
import { contentDatabase } from '$lib/server/testing/content';
import { beginSession } from './build';
import { parseForm } from '$lib/server/forms';
import { countMatchingItems, startPractice } from './practice-builder';
import { matchForm, startForm } from './settings-form';

const BANK = 'clinical-trials';
const filters = {
	bankIds: [BANK],
	selection: 'all' as const,
	difficulty: 'any' as const,
	audience: 'any' as const
};

async function setUp() {
	const db = await contentDatabase([BANK]);
	const learner = (await storeLearner(db)).id;
	const bankSize = (await db.select().from(items).where(eq(items.bankId, BANK))).length;
	return { db, learner, bankSize };
}

describe('the practice builder', () => {
	it('counts the questions its filters match', async () => {
		const { db, learner, bankSize } = await setUp();
		expect(await countMatchingItems(db, learner, filters)).toBe(bankSize);
		expect(await countMatchingItems(db, learner, { ...filters, selection: 'flagged' })).toBe(0);
	});

	it('does not count questions held back by an open timed test', async () => {
		const { db, learner, bankSize } = await setUp();
		const open = await beginSession(db, learner, {
			mode: 'timed',
			settings: { ...filters, requestedCount: 2 },
			secondsPerItem: 60
		});
		expect(open.ok).toBe(true);
		expect(await countMatchingItems(db, learner, filters)).toBe(bankSize - 2);
	});

	it('asks before starting with fewer questions than were asked for', async () => {
		const { db, learner, bankSize } = await setUp();
		const form = { mode: 'tutor' as const, settings: { ...filters, requestedCount: 100 } };
		const refused = await startPractice(db, learner, form);
		expect(refused).toEqual({
			ok: false,
			message: `Only ${bankSize} questions match; start with ${bankSize}?`,
			shortfall: { available: bankSize, requested: 100 }
		});

		const started = await startPractice(db, learner, { ...form, acceptFewer: true });
		expect(started.ok && started.session.itemCount).toBe(bankSize);
	});

	it('starts at once when enough questions match', async () => {
		const { db, learner } = await setUp();
		const started = await startPractice(db, learner, {
			mode: 'tutor',
			settings: { ...filters, requestedCount: 2 }
		});
		expect(started.ok && started.session.itemCount).toBe(2);
	});

	it('says so when no question matches, whether or not fewer were accepted', async () => {
		const { db, learner } = await setUp();
		const form = {
			mode: 'tutor' as const,
			settings: { ...filters, selection: 'flagged' as const, requestedCount: 5 }
		};
		for (const acceptFewer of [false, true]) {
			const result = await startPractice(db, learner, { ...form, acceptFewer });
			expect(result.ok).toBe(false);
			expect(!result.ok && 'shortfall' in result).toBe(false);
		}
	});

	it('reads the filters alone for counting, whatever the count or mode say', async () => {
		const form = new URLSearchParams('bank=clinical-trials&selection=unseen&count=0&mode=exam');
		expect(parseForm(matchForm([BANK]), form)).toEqual({
			ok: true,
			data: { bankIds: [BANK], selection: 'unseen', difficulty: 'any', audience: 'any' }
		});
	});

	it('reads agreement to fewer questions only from "Start with N"', async () => {
		const start = (extra: string) =>
			parseForm(startForm([BANK]), new URLSearchParams(`bank=clinical-trials${extra}`));
		const agreed = start('&fewer=yes');
		expect(agreed.ok && agreed.data.acceptFewer).toBe(true);
		const plain = start('');
		expect(plain.ok && plain.data.acceptFewer).toBeUndefined();
		expect(start('&fewer=please').ok).toBe(false);
	});

	it('starts a link that names its questions without asking, whatever the count says', async () => {
		const { db, learner } = await setUp();
		const [one] = await db.select().from(items).where(eq(items.bankId, BANK));
		const started = await startPractice(db, learner, {
			mode: 'tutor',
			settings: { ...filters, itemIds: [one.id], requestedCount: 10 }
		});
		expect(started.ok && started.session.itemCount).toBe(1);
	});
});
