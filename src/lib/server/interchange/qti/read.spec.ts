import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { AWKWARD_SET } from '$lib/server/testing/interchange';
import { arbitraryItems, expectCarried, setOf } from '$lib/server/testing/round-trip';
import { buildZip, deflatedZeros } from '$lib/server/testing/zip';
import { ImportFileError } from '$lib/server/interchange/import/model';
import { readImportFile } from '$lib/server/interchange/import/read';
import { readQtiPackage } from './read';
import { writeQtiPackage } from './write';

const CARRIED = {
	difficultyAndAudiences: true,
	optionExplanationsOfMatching: false,
	scenarioExplanations: true,
	teachingPoint: true
};

const MANIFEST = (hrefs: string[], type = 'imsqti_item_xmlv3p0') =>
	[
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<manifest xmlns="http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1" identifier="M">',
		'<resources>',
		...hrefs.map(
			(href, n) =>
				`<resource identifier="R${n}" type="${type}" href="${href}"><file href="${href}"/></resource>`
		),
		'</resources></manifest>'
	].join('\n');

const item = (body: string, declarations = '', title = 'Q') =>
	[
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<qti-assessment-item xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0" identifier="${title}-id" title="${title}">`,
		declarations,
		`<qti-item-body>${body}</qti-item-body>`,
		'</qti-assessment-item>'
	].join('\n');

const pack = (files: Record<string, string>) =>
	zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));

function refused(bytes: Uint8Array, name = 'bank.qti.zip'): string {
	try {
		readImportFile(name, bytes);
	} catch (e) {
		expect(e).toBeInstanceOf(ImportFileError);
		return (e as Error).message;
	}
	throw new Error('the package was read');
}

describe('QTI 3.0 package round trip', () => {
	it('reads back every field it carries of items full of awkward characters', () => {
		const back = readImportFile('odd.qti.zip', writeQtiPackage(AWKWARD_SET));
		const originals = AWKWARD_SET.banks[0].items;
		expect(back.format).toBe('qti');
		expect(back.skipped).toEqual([]);
		expect(back.questions.map((q) => [q.name, q.where])).toEqual(
			originals.map((i, n) => [i.id, `item ${n + 1} (items/${i.id}.xml)`])
		);
		back.questions.forEach((q, n) => {
			expectCarried(q.spec, originals[n].spec, CARRIED);
			expect(q.spec.objective).toBe(originals[n].spec.objective);
		});
	});

	it('reads back generated items of every type', () => {
		fc.assert(
			fc.property(arbitraryItems, (specs) => {
				const back = readQtiPackage(writeQtiPackage(setOf(specs)));
				expect(back.skipped).toEqual([]);
				expect(back.questions).toHaveLength(specs.length);
				back.questions.forEach((q, n) => {
					expect(q.idNumber).toBe(specs[n].id);
					expectCarried(q.spec, specs[n], CARRIED);
				});
			}),
			{ numRuns: 60 }
		);
	});
});

describe('reading QTI 3.0 items other systems write', () => {
	const CHOICE_DECLARATION =
		'<qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="identifier"><qti-correct-response><qti-value>B</qti-value></qti-correct-response></qti-response-declaration>';

	it('reads a choice item with its prompt, inline feedback and modal feedback, dropping scripts', () => {
		const xml = item(
			'<p>A scan shows <b>two</b> lesions.<script>alert(1)</script></p><qti-choice-interaction response-identifier="RESPONSE" max-choices="1"><qti-prompt>Which next?</qti-prompt><qti-simple-choice identifier="A">Wait<qti-feedback-inline outcome-identifier="FEEDBACK" identifier="A">Too slow.</qti-feedback-inline></qti-simple-choice><qti-simple-choice identifier="B"><img src="http://tracker/x.png" onerror="alert(2)"/>Resect</qti-simple-choice></qti-choice-interaction>',
			CHOICE_DECLARATION
		).replace(
			'</qti-assessment-item>',
			'<qti-modal-feedback outcome-identifier="FEEDBACK" identifier="B" show-hide="show"><p>Resection cures some.</p></qti-modal-feedback></qti-assessment-item>'
		);
		const back = readQtiPackage(pack({ 'imsmanifest.xml': MANIFEST(['q.xml']), 'q.xml': xml }));
		expect(back.questions).toHaveLength(1);
		const q = back.questions[0];
		expect([q.name, q.idNumber, q.where]).toEqual(['Q', 'Q-id', 'item 1 (q.xml)']);
		expect(q.spec).toMatchObject({
			type: 'single-best-answer',
			stem: 'A scan shows two lesions.',
			leadIn: 'Which next?',
			teachingPoint: 'Resection cures some.',
			options: [
				{ text: 'Wait', correct: false, explanation: 'Too slow.' },
				{ text: 'Resect', correct: true, explanation: '' }
			]
		});
		expect(JSON.stringify(q)).not.toMatch(/alert|tracker|<img|<b>/);
	});

	it('reads a text entry in its sentence as a cloze, with partial credit and case noted', () => {
		const xml = item(
			'<p>The aim is a margin of <qti-text-entry-interaction response-identifier="R1"/> mm.</p>',
			'<qti-response-declaration identifier="R1" cardinality="single" base-type="string"><qti-correct-response><qti-value>5</qti-value></qti-correct-response><qti-mapping default-value="0"><qti-map-entry map-key="5" mapped-value="2"/><qti-map-entry map-key="five" mapped-value="2" case-sensitive="true"/><qti-map-entry map-key="10" mapped-value="1"/></qti-mapping></qti-response-declaration>'
		);
		const q = readQtiPackage(pack({ 'imsmanifest.xml': MANIFEST(['a/q.xml']), 'a/q.xml': xml }))
			.questions[0];
		expect(q.spec).toMatchObject({
			type: 'short-answer',
			stem: 'The aim is a margin of ____ mm.',
			leadIn: '',
			shortAnswer: { accepted: ['5', 'five'] }
		});
		expect(q.notes).toEqual([
			'the answer "10" gave partial credit and is left out',
			'the package compared case; answers here are compared ignoring case'
		]);
	});

	it('reads a package whose manifest sits in a folder and whose items use a namespace prefix', () => {
		const xml = item(
			'<qti:p>Is it so?</qti:p><qti:choice-interaction response-identifier="RESPONSE" max-choices="1"><qti:simple-choice identifier="A">True</qti:simple-choice><qti:simple-choice identifier="B">False</qti:simple-choice></qti:choice-interaction>',
			'<qti:qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="identifier"><qti:qti-correct-response><qti:qti-value>A</qti:qti-value></qti:qti-correct-response></qti:qti-response-declaration>'
		)
			.replace('xmlns="http', 'xmlns:qti="http')
			.replace(/<(\/?)qti-assessment-item/g, '<$1qti:qti-assessment-item')
			.replace(/<(\/?)qti-item-body/g, '<$1qti:qti-item-body')
			.replace(/<(\/?)qti:(p|choice-interaction|simple-choice)\b/g, (_, slash, name) =>
				name === 'p' ? `<${slash}p` : `<${slash}qti:qti-${name}`
			);
		const back = readQtiPackage(
			pack({
				'export/imsmanifest.xml': MANIFEST(['./items/../items/tf%20one.xml']),
				'export/items/tf one.xml': xml
			})
		);
		expect(back.questions[0].spec).toMatchObject({
			type: 'true-false',
			options: [
				{ text: 'True', correct: true },
				{ text: 'False', correct: false }
			]
		});
	});

	it('skips what it cannot hold, each with its position and reason', () => {
		const back = readQtiPackage(
			pack({
				'imsmanifest.xml': MANIFEST(['essay.xml', 'two.xml', 'none.xml', 'old.xml']).replace(
					'</resources>',
					'<resource identifier="T" type="imsqti_test_xmlv3p0" href="test.xml"/></resources>'
				),
				'essay.xml': item('<qti-extended-text-interaction response-identifier="R"/>', '', 'Essay'),
				'two.xml': item(
					'<qti-text-entry-interaction response-identifier="A"/><qti-text-entry-interaction response-identifier="B"/>',
					'',
					'Two blanks'
				),
				'none.xml': item('<p>Read this first.</p>', '', 'Intro'),
				'old.xml':
					'<assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p2" identifier="x" title="Old"/>'
			})
		);
		expect(back.questions).toEqual([]);
		expect(back.skipped.map((s) => [s.where, s.name])).toEqual([
			['item 1 (essay.xml)', 'Essay'],
			['item 2 (two.xml)', 'Two blanks'],
			['item 3 (none.xml)', 'Intro'],
			['item 4 (old.xml)', 'old']
		]);
		expect(back.skipped.map((s) => s.reason)).toEqual([
			expect.stringMatching(/essay/),
			'the item has 2 interactions; items here ask one question',
			'the item has no interaction, so nothing to answer',
			'a QTI 2 item; only QTI 3.0 items are imported'
		]);
	});
});

describe('bad and hostile packages', () => {
	it('refuses a zip without a manifest', () => {
		expect(refused(pack({ 'q.xml': item('<p>x</p>') }))).toMatch(
			/^bank\.qti\.zip has no imsmanifest\.xml, so it is not a QTI content package/
		);
	});

	it('refuses a manifest naming a file the package does not hold', () => {
		const bytes = pack({
			'imsmanifest.xml': MANIFEST(['items/a.xml', 'items/gone.xml']),
			'items/a.xml': item('')
		});
		expect(refused(bytes)).toBe(
			'bank.qti.zip, imsmanifest.xml names items/gone.xml, which is not in the package. Export the package again.'
		);
	});

	it('refuses a manifest that reaches outside the package', () => {
		expect(refused(pack({ 'imsmanifest.xml': MANIFEST(['../etc/passwd']) }))).toMatch(
			/names no file in the package \("\.\.\/etc\/passwd"\)/
		);
	});

	it('refuses a cut-short zip and one whose data is damaged', () => {
		const good = writeQtiPackage(AWKWARD_SET);
		expect(refused(good.subarray(0, good.length - 40))).toMatch(
			/^bank\.qti\.zip is not a readable zip file \(its table of contents is missing\)/
		);
		const damaged = good.slice();
		damaged[200] ^= 0xff;
		expect(refused(damaged)).toMatch(/is not a readable zip file \(imsmanifest\.xml /);
		expect(refused(Uint8Array.of(0x50, 0x4b, 3, 4, 1, 2, 3))).toMatch(/not a readable zip file/);
	});

	it('refuses an item file with a document type, so no entity is expanded', () => {
		const xml = item('<p>&lol;</p>').replace(
			'<qti-assessment',
			'<!DOCTYPE x [<!ENTITY lol "lol">]>\n<qti-assessment'
		);
		expect(refused(pack({ 'imsmanifest.xml': MANIFEST(['q.xml']), 'q.xml': xml }))).toMatch(
			/^bank\.qti\.zip, q\.xml, line 2: the file declares a document type/
		);
	});

	it('stops a file that unpacks to a gigabyte while declaring a kilobyte, at its first chunk', () => {
		const bomb = deflatedZeros(1024);
		expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
		const bytes = buildZip([{ name: 'imsmanifest.xml', data: bomb, method: 8, size: 1000 }]);
		expect(refused(bytes)).toBe(
			'bank.qti.zip: imsmanifest.xml unpacks to more than the 1,000 bytes it declares, so the package is refused as a possible zip bomb.'
		);
	});

	it('refuses a package declaring a gigabyte before unpacking anything', () => {
		const bytes = buildZip([
			{ name: 'imsmanifest.xml', data: deflatedZeros(1), method: 8, size: 1024 * 1024 * 1024 }
		]);
		expect(bytes.length).toBeLessThan(10 * 1024);
		expect(refused(bytes)).toBe(
			'bank.qti.zip would unpack to more than 50 MB; packages that unpack to at most 50 MB are read.'
		);
	});

	it('refuses an absurd compression ratio', () => {
		const bytes = buildZip([
			{ name: 'imsmanifest.xml', data: deflatedZeros(20), method: 8, size: 20 * 1024 * 1024 }
		]);
		expect(refused(bytes)).toMatch(
			/^bank\.qti\.zip: imsmanifest\.xml is compressed more than 100 to 1, .* possible zip bomb\.$/
		);
	});

	it('refuses a small package whose entries share one megabyte of zeros, a gigabyte in all', () => {
		const zeros = deflatedZeros(1);
		const bytes = buildZip(
			Array.from({ length: 1024 }, (_, n) => ({
				name: `f${n}`,
				data: zeros,
				method: 8 as const,
				size: 1024 * 1024,
				sharesWith: n === 0 ? undefined : 0
			}))
		);
		expect(bytes.length).toBeLessThan(64 * 1024);
		expect(refused(bytes)).toMatch(/would unpack to more than 50 MB/);
	});

	it('refuses too many entries', () => {
		const bytes = buildZip(
			Array.from({ length: 5001 }, (_, n) => ({ name: `f${n}`, data: new Uint8Array(), size: 0 }))
		);
		expect(refused(bytes)).toBe(
			'bank.qti.zip holds 5,001 files; packages of up to 5,000 files are read.'
		);
	});
});
