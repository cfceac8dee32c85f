import { describe, expect, it } from 'vitest';
import { parseDocument } from '$lib/content/document';
import { comparePassages } from './compare';

const doc = (body: string) => parseDocument('d', `# T\n\n## Section {#s}\n\n${body}`);

describe('comparing two revisions passage by passage', () => {
	it('says which passages stayed, changed, came and went', () => {
		const changes = comparePassages(
			doc('Stays.\n\nWas this.\n\nGoes away.'),
			doc('Stays.\n\nIs now this.')
		);
		expect(changes.map((c) => [c.id, c.status, c.before, c.after])).toEqual([
			['s-1', 'unchanged', 'Stays.', 'Stays.'],
			['s-2', 'changed', 'Was this.', 'Is now this.'],
			['s-3', 'removed', 'Goes away.', null]
		]);
	});

	it('shows where text that moved came from, and marks its old place changed', () => {
		const changes = comparePassages(
			doc('First.\n\nSecond.'),
			doc('New first.\n\nFirst.\n\nSecond.')
		);
		expect(changes.map((c) => [c.id, c.status, c.movedFrom])).toEqual([
			['s-1', 'changed', null],
			['s-2', 'changed', 's-1'],
			['s-3', 'added', 's-2']
		]);
	});

	it('reads a first revision as all added', () => {
		const changes = comparePassages(null, doc('One.'));
		expect(changes).toEqual([
			{
				id: 's-1',
				sectionHeading: 'Section',
				status: 'added',
				before: null,
				after: 'One.',
				movedFrom: null
			}
		]);
	});
});
