import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { DB } from '../../db';
import { itemDrafts, items, users, type Role } from '../../db/schema';
import { createBank } from '../../authoring/banks';
import { contentDb } from '../../testing/fixtures';
import { confirmImport, createImportPreview, ImportConfirmError, importPreview } from './preview';
import { readImportFile } from './read';

function person(db: DB, id: string, role: Role) {
	db.insert(users)
		.values({ id, email: `${id}@example.org`, passwordHash: '-', displayName: id, role })
		.run();
	return { id, role };
}

const file = readFileSync('tests/fixtures/import/moodle-every-type.xml');

function setting() {
	const db = contentDb(['ablation']);
	const owner = person(db, 'owner', 'educator');
	const other = person(db, 'other', 'educator');
	const bankId = createBank(db, owner, { title: 'Imported', description: 'From Moodle.' });
	const parsed = readImportFile('every-type.xml', file);
	return { db, owner, other, bankId, parsed };
}

const draftsIn = (db: DB, bankId: string) =>
	db
		.select({ id: items.id, status: items.status, spec: itemDrafts.spec, note: itemDrafts.note })
		.from(items)
		.innerJoin(itemDrafts, eq(itemDrafts.itemId, items.id))
		.where(eq(items.bankId, bankId))
		.all();

describe('importing questions into a bank', () => {
	it('writes nothing until the educator confirms the preview', () => {
		const { db, owner, bankId, parsed } = setting();
		const { data } = createImportPreview(db, owner, bankId, 'every-type.xml', parsed);
		expect(data.questions).toHaveLength(7);
		expect(data.skipped).toHaveLength(7);
		expect(draftsIn(db, bankId)).toEqual([]);
	});

	it('lists each question’s item-writing problems in the preview', () => {
		const { db, owner, bankId, parsed } = setting();
		const { data } = createImportPreview(db, owner, bankId, 'every-type.xml', parsed);
		const margin = data.questions.find((q) => q.name === 'Ablation margin')!;
		expect(margin.problems).toContain('the source cites no passage');
		expect(margin.problems).toContain('a single-best-answer item needs exactly 5 options, not 3');
	});

	it('drafts every previewed question in the bank with where it came from', () => {
		const { db, owner, bankId, parsed } = setting();
		const { token } = createImportPreview(db, owner, bankId, 'every-type.xml', parsed);
		const result = confirmImport(db, owner, token);
		expect(result.itemIds).toHaveLength(7);
		const drafts = draftsIn(db, bankId);
		expect(drafts.map((d) => d.status)).toEqual(Array(7).fill('draft'));
		const margin = drafts.find((d) => d.spec.stem.startsWith('A 62-year-old'))!;
		expect(margin.spec.id).toBe(margin.id);
		expect(margin.note).toBe(
			'Imported from every-type.xml (Moodle XML), line 12: "Ablation margin", ID number ABL-01, category Liver › Ablation. No source cited yet. Changed on import: "At least 2 mm" gave 50% (partial credit), and is imported as wrong.'
		);
	});

	it('imports once when the confirmation is replayed', () => {
		const { db, owner, bankId, parsed } = setting();
		const { token } = createImportPreview(db, owner, bankId, 'every-type.xml', parsed);
		const first = confirmImport(db, owner, token);
		const again = confirmImport(db, owner, token);
		expect(again).toEqual({ ...first, repeated: true });
		expect(draftsIn(db, bankId)).toHaveLength(7);
	});

	it('refuses another user’s preview token', () => {
		const { db, owner, other, bankId, parsed } = setting();
		const { token } = createImportPreview(db, owner, bankId, 'every-type.xml', parsed);
		expect(importPreview(db, other, token)).toBeNull();
		expect(() => confirmImport(db, other, token)).toThrow(ImportConfirmError);
		expect(draftsIn(db, bankId)).toEqual([]);
	});

	it('writes nothing when the educator lost access to the bank before confirming', () => {
		const { db, owner, other, parsed } = setting();
		const theirs = createBank(db, other, { title: 'Theirs', description: 'Not shared.' });
		const { token } = createImportPreview(db, owner, theirs, 'every-type.xml', parsed);
		expect(() => confirmImport(db, owner, token)).toThrow(/no longer write/);
		expect(draftsIn(db, theirs)).toEqual([]);
		expect(importPreview(db, owner, token)?.confirmedAt).toBeNull();
	});

	it('rolls every draft back when one cannot be written', () => {
		const { db, owner, bankId, parsed } = setting();
		const broken = {
			...parsed,
			questions: [
				...parsed.questions,
				{ ...parsed.questions[0], spec: { ...parsed.questions[0].spec, type: undefined } }
			]
		} as unknown as typeof parsed;
		const { token } = createImportPreview(db, owner, bankId, 'every-type.xml', broken);
		expect(() => confirmImport(db, owner, token)).toThrow();
		expect(draftsIn(db, bankId)).toEqual([]);
		expect(importPreview(db, owner, token)?.confirmedAt).toBeNull();
	});

	it('reports progress as each draft is written', () => {
		const { db, owner, bankId, parsed } = setting();
		const { token } = createImportPreview(db, owner, bankId, 'every-type.xml', parsed);
		const seen: string[] = [];
		confirmImport(db, owner, token, (done, total) => seen.push(`${done}/${total}`));
		expect(seen).toEqual(['1/7', '2/7', '3/7', '4/7', '5/7', '6/7', '7/7']);
	});
});
