import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { AWKWARD, AWKWARD_SET } from '$lib/server/testing/interchange';
import { htmlToText } from '$lib/server/testing/markup';
import { qtiIdentifier, writeQtiPackage } from './write';

type Node = Record<string, unknown>;

const parser = new XMLParser({
	ignoreAttributes: false,
	parseTagValue: false,
	parseAttributeValue: false,
	trimValues: true,
	// Feedback and stems are HTML: kept as written, to be read as a browser would.
	stopNodes: ['*.qti-feedback-block', '*.div'],
	isArray: (name) =>
		[
			'resource',
			'qti-value',
			'qti-map-entry',
			'qti-simple-choice',
			'qti-simple-associable-choice',
			'qti-simple-match-set',
			'keyword',
			'relation'
		].includes(name)
});

function parse(xml: string): Node {
	expect(XMLValidator.validate(xml)).toBe(true);
	return parser.parse(xml) as Node;
}

const files = unzipSync(writeQtiPackage(AWKWARD_SET));
const manifest = parse(strFromU8(files['imsmanifest.xml'])).manifest as Node;
const resources = (manifest.resources as Node).resource as Node[];
const item = (id: string) =>
	parse(strFromU8(files[`items/${id}.xml`]))['qti-assessment-item'] as Node;
const at = (node: unknown, ...path: (string | number)[]): unknown =>
	path.reduce<unknown>((n, key) => (n as Record<string | number, unknown>)?.[key], node);
const paragraphs = (node: unknown) => htmlToText(String(node));

describe('QTI 3.0 package', () => {
	it('holds a manifest and one item file per item, each listed as a QTI 3 item resource', () => {
		expect(Object.keys(files).sort()).toEqual([
			'imsmanifest.xml',
			'items/odd-matching.xml',
			'items/odd-multiple.xml',
			'items/odd-short.xml',
			'items/odd-single.xml',
			'items/odd-true-false.xml'
		]);
		expect(at(manifest, 'metadata', 'schemaversion')).toBe('3.0.0');
		expect(resources.map((r) => [r['@_type'], r['@_href']])).toEqual([
			['imsqti_item_xmlv3p0', 'items/odd-single.xml'],
			['imsqti_item_xmlv3p0', 'items/odd-multiple.xml'],
			['imsqti_item_xmlv3p0', 'items/odd-true-false.xml'],
			['imsqti_item_xmlv3p0', 'items/odd-matching.xml'],
			['imsqti_item_xmlv3p0', 'items/odd-short.xml']
		]);
	});

	it('carries version, difficulty, audiences and the cited passages in the metadata', () => {
		const lom = at(resources[3], 'metadata', 'lom') as Node;
		expect(at(lom, 'lifeCycle', 'version', 'string', '#text')).toBe('3');
		expect(at(lom, 'educational', 'difficulty', 'value')).toBe('difficult');
		const keywords = (at(lom, 'general', 'keyword') as Node[]).map((k) => at(k, 'string', '#text'));
		expect(keywords).toEqual([
			'bank:odd',
			'type:extended-matching',
			'audience:doctor',
			'audience:nurse'
		]);
		const relations = at(lom, 'relation') as Node[];
		expect(relations.map((r) => at(r, 'resource', 0, 'identifier', 'entry'))).toEqual([
			'checks-1',
			'checks-2'
		]);
		expect(at(relations[0], 'resource', 0, 'identifier', 'catalog')).toBe('ward@v1abc');
		expect(at(relations[0], 'resource', 0, 'description', 'string', '#text')).toBe(
			`Quote ${AWKWARD}`
		);
	});

	it('escapes the text of stems, options and explanations so it reads back unchanged', () => {
		const single = item('odd-single');
		expect(at(single, '@_identifier')).toBe('odd-single');
		const body = at(single, 'qti-item-body') as Node;
		expect(paragraphs(at(body, 'div'))).toBe(`Stem ${AWKWARD}`);
		const choices = at(body, 'qti-choice-interaction', 'qti-simple-choice') as Node[];
		expect(at(choices[4], '#text')).toBe(`Five ${AWKWARD}`);
		expect(at(choices[4], 'qti-feedback-inline', '#text')).toBe(`Because 4 ${AWKWARD}`);
		expect(paragraphs(at(body, 'qti-feedback-block', '#text'))).toBe(
			`Teaching point: Teach ${AWKWARD}\n\nSource: "Quote ${AWKWARD}" ` +
				`(Ward & "safety" (ward), passages checks-1, checks-2)`
		);
	});

	it('declares the key of a single best answer and scores it 1 through the mapping', () => {
		const declaration = at(item('odd-single'), 'qti-response-declaration') as Node;
		expect(declaration['@_cardinality']).toBe('single');
		expect(at(declaration, 'qti-correct-response', 'qti-value')).toEqual(['OPT5']);
		const entries = at(declaration, 'qti-mapping', 'qti-map-entry') as Node[];
		expect(entries.map((e) => e['@_mapped-value'])).toEqual(['0', '0', '0', '0', '1']);
		const interaction = at(item('odd-single'), 'qti-item-body', 'qti-choice-interaction') as Node;
		expect(interaction['@_max-choices']).toBe('1');
	});

	it('scores a multiple response with shares of 1 for correct and -1 for wrong options', () => {
		const multiple = item('odd-multiple');
		const declaration = at(multiple, 'qti-response-declaration') as Node;
		expect(declaration['@_cardinality']).toBe('multiple');
		expect(at(declaration, 'qti-correct-response', 'qti-value')).toEqual(['OPT1', 'OPT2', 'OPT3']);
		const mapping = at(declaration, 'qti-mapping') as Node;
		expect(mapping['@_lower-bound']).toBe('0');
		expect((mapping['qti-map-entry'] as Node[]).map((e) => e['@_mapped-value'])).toEqual([
			'0.33333',
			'0.33333',
			'0.33333',
			'-1'
		]);
		expect(at(multiple, 'qti-item-body', 'qti-choice-interaction', '@_max-choices')).toBe('0');
	});

	it('asks true/false as a choice between True and False with the key declared', () => {
		const tf = item('odd-true-false');
		const choices = at(
			tf,
			'qti-item-body',
			'qti-choice-interaction',
			'qti-simple-choice'
		) as Node[];
		expect(choices.map((c) => c['#text'])).toEqual(['True', 'False']);
		expect(at(tf, 'qti-response-declaration', 'qti-correct-response', 'qti-value')).toEqual([
			'OPT2'
		]);
	});

	it('matches scenarios to options with one mark shared across the scenarios', () => {
		const matching = item('odd-matching');
		const declaration = at(matching, 'qti-response-declaration') as Node;
		expect(declaration['@_base-type']).toBe('directedPair');
		expect(at(declaration, 'qti-correct-response', 'qti-value')).toEqual([
			'SCENARIO1 OPT3',
			'SCENARIO2 OPT1',
			'SCENARIO3 OPT2'
		]);
		const sets = at(
			matching,
			'qti-item-body',
			'qti-match-interaction',
			'qti-simple-match-set'
		) as Node[];
		const texts = sets.map((s) =>
			(s['qti-simple-associable-choice'] as Node[]).map((c) => c['#text'])
		);
		expect(texts[0]).toEqual([`Scenario ${AWKWARD}`, 'Before a dose', 'After a slip']);
		expect(texts[1]).toHaveLength(5);
		expect(paragraphs(at(matching, 'qti-item-body', 'qti-feedback-block', '#text'))).toContain(
			`Scenario ${AWKWARD}\nAnswer: Odd ${AWKWARD}. So ${AWKWARD}`
		);
	});

	it('makes any id a valid QTI identifier', () => {
		expect(qtiIdentifier('ablation-rfa')).toBe('ablation-rfa');
		expect(qtiIdentifier('3 odd/id')).toBe('_3_odd_id');
	});

	it('puts a text entry in place of the cloze blank and maps each accepted text, any case, to 1', () => {
		const short = item('odd-short');
		const declaration = at(short, 'qti-response-declaration') as Node;
		expect([declaration['@_cardinality'], declaration['@_base-type']]).toEqual([
			'single',
			'string'
		]);
		expect(at(declaration, 'qti-correct-response', 'qti-value')).toEqual(['2']);
		const entries = at(declaration, 'qti-mapping', 'qti-map-entry') as Node[];
		expect(
			entries.map((e) => [e['@_map-key'], e['@_mapped-value'], e['@_case-sensitive']])
		).toEqual(
			[
				'2',
				'2 cm',
				'2cm',
				`two & *more* ${AWKWARD}`,
				`two & *more* ${AWKWARD} cm`,
				`two & *more* ${AWKWARD}cm`
			].map((text) => [text, '1', 'false'])
		);
		const body = String(at(short, 'qti-item-body', 'div'));
		expect(body).toMatch(
			/^<p>Check the wristband <qti-text-entry-interaction response-identifier="RESPONSE"[^>]*\/> times /
		);
		expect(body).not.toContain('____');
		expect(paragraphs(at(short, 'qti-item-body', 'qti-feedback-block', '#text'))).toContain(
			`Answer: 2 or two & *more* ${AWKWARD}. Twice ${AWKWARD}`
		);
	});
});
