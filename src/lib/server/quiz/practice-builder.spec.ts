import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { items } from '../db/schema';
import { addLearner, contentDb } from '../testing/fixtures';
import { startSession } from './build';
import { parseForm } from '../forms';
import { countMatchingItems, startPractice } from './practice-builder';
import { matchForm, startForm } from './settings-form';

const BANK = 'clinical-trials';
const filters = {
	bankIds: [BANK],
	selection: 'all' as const,
	difficulty: 'any' as const,
	audience: 'any' as const
};

function setUp() {
	const db = contentDb([BANK]);
	const learner = addLearner(db).id;
	const bankSize = db.select().from(items).where(eq(items.bankId, BANK)).all().length;
	return { db, learner, bankSize };
}

describe('the practice builder', () => {
	it('counts the questions its filters match', () => {
		const { db, learner, bankSize } = setUp();
		expect(countMatchingItems(db, learner, filters)).toBe(bankSize);
		expect(countMatchingItems(db, learner, { ...filters, selection: 'flagged' })).toBe(0);
	});

	it('does not count questions held back by an open timed test', () => {
		const { db, learner, bankSize } = setUp();
		const open = startSession(db, learner, {
			mode: 'timed',
			settings: { ...filters, requestedCount: 2 },
			secondsPerItem: 60
		});
		expect(open.ok).toBe(true);
		expect(countMatchingItems(db, learner, filters)).toBe(bankSize - 2);
	});

	it('asks before starting with fewer questions than were asked for', () => {
		const { db, learner, bankSize } = setUp();
		const form = { mode: 'tutor' as const, settings: { ...filters, requestedCount: 100 } };
		const refused = startPractice(db, learner, form);
		expect(refused).toEqual({
			ok: false,
			message: `Only ${bankSize} questions match; start with ${bankSize}?`,
			shortfall: { available: bankSize, requested: 100 }
		});

		const started = startPractice(db, learner, { ...form, acceptFewer: true });
		expect(started.ok && started.session.itemCount).toBe(bankSize);
	});

	it('starts at once when enough questions match', () => {
		const { db, learner } = setUp();
		const started = startPractice(db, learner, {
			mode: 'tutor',
			settings: { ...filters, requestedCount: 2 }
		});
		expect(started.ok && started.session.itemCount).toBe(2);
	});

	it('says so when no question matches, whether or not fewer were accepted', () => {
		const { db, learner } = setUp();
		const form = {
			mode: 'tutor' as const,
			settings: { ...filters, selection: 'flagged' as const, requestedCount: 5 }
		};
		for (const acceptFewer of [false, true]) {
			const result = startPractice(db, learner, { ...form, acceptFewer });
			expect(result.ok).toBe(false);
			expect(!result.ok && 'shortfall' in result).toBe(false);
		}
	});

	it('reads the filters alone for counting, whatever the count or mode say', () => {
		const form = new URLSearchParams('bank=clinical-trials&selection=unseen&count=0&mode=exam');
		expect(parseForm(matchForm([BANK]), form)).toEqual({
			ok: true,
			data: { bankIds: [BANK], selection: 'unseen', difficulty: 'any', audience: 'any' }
		});
	});

	it('reads agreement to fewer questions only from "Start with N"', () => {
		const start = (extra: string) =>
			parseForm(startForm([BANK]), new URLSearchParams(`bank=clinical-trials${extra}`));
		const agreed = start('&fewer=yes');
		expect(agreed.ok && agreed.data.acceptFewer).toBe(true);
		const plain = start('');
		expect(plain.ok && plain.data.acceptFewer).toBeUndefined();
		expect(start('&fewer=please').ok).toBe(false);
	});

	it('starts a link that names its questions without asking, whatever the count says', () => {
		const { db, learner } = setUp();
		const [one] = db.select().from(items).where(eq(items.bankId, BANK)).all();
		const started = startPractice(db, learner, {
			mode: 'tutor',
			settings: { ...filters, itemIds: [one.id], requestedCount: 10 }
		});
		expect(started.ok && started.session.itemCount).toBe(1);
	});
});
