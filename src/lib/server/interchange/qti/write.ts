import { strToU8, zipSync } from 'fflate';
import { CLOZE_BLANK, type ItemSpec } from '$lib/content/types';
import { escapeXml, textToHtml } from '$lib/server/interchange/markup';
import {
	acceptedTexts,
	citationText,
	documentOf,
	type InterchangeItem,
	type InterchangeSet
} from '$lib/server/interchange/model';

/**
 * A QTI 3.0 content package: `imsmanifest.xml` and one `qti-assessment-item` per item under
 * `items/`. Choice items score with a mapping (a single best answer or true/false: 1 for the key;
 * a multiple response: the correct options share 1 and the wrong ones -1, floored at 0), set
 * FEEDBACK to the options chosen so each option's `qti-feedback-inline` shows its explanation,
 * and set SOLUTION so the teaching point and source show once the item is answered. The manifest
 * carries each item's version, difficulty, audiences and citation as IEEE LOM metadata.
 * A short-answer item is a text entry (in place of a cloze's blank) scored by a case-insensitive
 * mapping of the accepted texts.
 */

const ITEM_NS = 'http://www.imsglobal.org/xsd/imsqtiasi_v3p0';
const ITEM_SCHEMA = 'https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0p1_v1p0.xsd';
const MANIFEST_NS = 'http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1';
const MANIFEST_SCHEMA = 'https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imscp_v1p2.xsd';
const LOM_NS = 'http://ltsc.ieee.org/xsd/LOM';

/** A QTI identifier (an XML name) for an id of ours. */
export function qtiIdentifier(id: string): string {
	const safe = id.replace(/[^A-Za-z0-9_.-]/g, '_');
	return /^[A-Za-z_]/.test(safe) ? safe : `_${safe}`;
}

export const itemPath = (item: InterchangeItem) => `items/${qtiIdentifier(item.id)}.xml`;

const optionId = (n: number) => `OPT${n + 1}`;
const scenarioId = (n: number) => `SCENARIO${n + 1}`;
const decimal = (value: number) => String(Number(value.toFixed(5)));

function declarations(spec: ItemSpec): string[] {
	if (spec.type === 'short-answer') {
		const accepted = acceptedTexts(spec);
		return [
			`\t<qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="string">`,
			`\t\t<qti-correct-response>`,
			...accepted.slice(0, 1).map((a) => `\t\t\t<qti-value>${escapeXml(a)}</qti-value>`),
			`\t\t</qti-correct-response>`,
			`\t\t<qti-mapping default-value="0" lower-bound="0" upper-bound="1">`,
			...accepted.map(
				(a) =>
					`\t\t\t<qti-map-entry map-key="${escapeXml(a)}" mapped-value="1" case-sensitive="false"/>`
			),
			`\t\t</qti-mapping>`,
			`\t</qti-response-declaration>`,
			`\t<qti-outcome-declaration identifier="FEEDBACK" cardinality="single" base-type="string"/>`
		];
	}
	if (spec.type === 'extended-matching') {
		const stems = spec.stems ?? [];
		const pairs = stems.map((s, n) => `${scenarioId(n)} ${optionId(s.answer)}`);
		return [
			`\t<qti-response-declaration identifier="RESPONSE" cardinality="multiple" base-type="directedPair">`,
			`\t\t<qti-correct-response>`,
			...pairs.map((p) => `\t\t\t<qti-value>${p}</qti-value>`),
			`\t\t</qti-correct-response>`,
			`\t\t<qti-mapping default-value="0" lower-bound="0">`,
			...pairs.map(
				(p) => `\t\t\t<qti-map-entry map-key="${p}" mapped-value="${decimal(1 / pairs.length)}"/>`
			),
			`\t\t</qti-mapping>`,
			`\t</qti-response-declaration>`,
			`\t<qti-outcome-declaration identifier="FEEDBACK" cardinality="multiple" base-type="identifier"/>`
		];
	}
	const multiple = spec.type === 'multiple-response';
	const cardinality = multiple ? 'multiple' : 'single';
	const keyed = spec.options.flatMap((o, n) => (o.correct ? [n] : []));
	const correct = keyed.length;
	const wrong = spec.options.length - correct;
	return [
		`\t<qti-response-declaration identifier="RESPONSE" cardinality="${cardinality}" base-type="identifier">`,
		`\t\t<qti-correct-response>`,
		...keyed.map((n) => `\t\t\t<qti-value>${optionId(n)}</qti-value>`),
		`\t\t</qti-correct-response>`,
		`\t\t<qti-mapping default-value="0" lower-bound="0" upper-bound="1">`,
		...spec.options.map((o, n) => {
			const value = o.correct ? 1 / correct : multiple ? -1 / wrong : 0;
			return `\t\t\t<qti-map-entry map-key="${optionId(n)}" mapped-value="${decimal(value)}"/>`;
		}),
		`\t\t</qti-mapping>`,
		`\t</qti-response-declaration>`,
		`\t<qti-outcome-declaration identifier="FEEDBACK" cardinality="${cardinality}" base-type="identifier"/>`
	];
}

function choiceInteraction(spec: ItemSpec): string[] {
	const multiple = spec.type === 'multiple-response';
	return [
		`\t\t<qti-choice-interaction response-identifier="RESPONSE" max-choices="${multiple ? 0 : 1}" shuffle="${spec.type !== 'true-false'}">`,
		`\t\t\t<qti-prompt>${escapeXml(spec.leadIn)}</qti-prompt>`,
		...spec.options.flatMap((o, n) => [
			`\t\t\t<qti-simple-choice identifier="${optionId(n)}">${escapeXml(o.text)}`,
			`\t\t\t\t<qti-feedback-inline outcome-identifier="FEEDBACK" identifier="${optionId(n)}" show-hide="show">${escapeXml(o.explanation)}</qti-feedback-inline>`,
			`\t\t\t</qti-simple-choice>`
		])
	].concat(`\t\t</qti-choice-interaction>`);
}

/**
 * Extended matching as one match interaction rather than a choice interaction per scenario, so
 * the item stays one item with one mark per scenario: the first set holds the scenarios (each
 * matched once), the second the options (each may serve several scenarios).
 */
function matchInteraction(spec: ItemSpec): string[] {
	const stems = spec.stems ?? [];
	return [
		`\t\t<qti-match-interaction response-identifier="RESPONSE" max-associations="${stems.length}" shuffle="false">`,
		`\t\t\t<qti-prompt>${escapeXml(spec.leadIn)}</qti-prompt>`,
		`\t\t\t<qti-simple-match-set>`,
		...stems.map(
			(s, n) =>
				`\t\t\t\t<qti-simple-associable-choice identifier="${scenarioId(n)}" match-max="1">${escapeXml(s.text)}</qti-simple-associable-choice>`
		),
		`\t\t\t</qti-simple-match-set>`,
		`\t\t\t<qti-simple-match-set>`,
		...spec.options.map(
			(o, n) =>
				`\t\t\t\t<qti-simple-associable-choice identifier="${optionId(n)}" match-max="${stems.length}">${escapeXml(o.text)}</qti-simple-associable-choice>`
		),
		`\t\t\t</qti-simple-match-set>`,
		`\t\t</qti-match-interaction>`
	];
}

const TEXT_ENTRY =
	'<qti-text-entry-interaction response-identifier="RESPONSE" expected-length="20"/>';

/**
 * A short-answer item's stem and prompt: a cloze's blank becomes the text entry, in its sentence;
 * a question is followed by the entry on a line of its own.
 */
function textEntryBody(spec: ItemSpec): string[] {
	const stem = textToHtml(spec.stem);
	const cloze = new RegExp(CLOZE_BLANK.source);
	const prompt = `\t\t<p>${escapeXml(spec.leadIn)}</p>`;
	return cloze.test(stem)
		? [prompt, `\t\t<div>${stem.replace(cloze, TEXT_ENTRY)}</div>`]
		: [`\t\t<div>${stem}</div>`, prompt, `\t\t<p>${TEXT_ENTRY}</p>`];
}

function solution(set: InterchangeSet, item: InterchangeItem): string {
	const { spec } = item;
	const scenarios =
		spec.type === 'extended-matching'
			? (spec.stems ?? []).map(
					(s) => `${s.text}\nAnswer: ${spec.options[s.answer]?.text ?? ''}. ${s.explanation}`
				)
			: spec.type === 'short-answer'
				? [
						`Answer: ${spec.shortAnswer?.accepted.join(' or ') ?? ''}. ${spec.shortAnswer?.explanation ?? ''}`
					]
				: [];
	const text = [
		...scenarios,
		`Teaching point: ${spec.teachingPoint}`,
		`Source: "${spec.source.quote}" (${citationText(set, item)})`
	].join('\n\n');
	return `\t\t<qti-feedback-block outcome-identifier="SOLUTION" identifier="SHOWN" show-hide="show">${textToHtml(text)}</qti-feedback-block>`;
}

const RESPONSE_PROCESSING = [
	'\t<qti-response-processing>',
	'\t\t<qti-response-condition>',
	'\t\t\t<qti-response-if>',
	'\t\t\t\t<qti-is-null><qti-variable identifier="RESPONSE"/></qti-is-null>',
	'\t\t\t\t<qti-set-outcome-value identifier="SCORE"><qti-base-value base-type="float">0</qti-base-value></qti-set-outcome-value>',
	'\t\t\t</qti-response-if>',
	'\t\t\t<qti-response-else>',
	'\t\t\t\t<qti-set-outcome-value identifier="SCORE"><qti-map-response identifier="RESPONSE"/></qti-set-outcome-value>',
	'\t\t\t</qti-response-else>',
	'\t\t</qti-response-condition>',
	'\t\t<qti-set-outcome-value identifier="FEEDBACK"><qti-variable identifier="RESPONSE"/></qti-set-outcome-value>',
	'\t\t<qti-set-outcome-value identifier="SOLUTION"><qti-base-value base-type="identifier">SHOWN</qti-base-value></qti-set-outcome-value>',
	'\t</qti-response-processing>'
];

export function writeQtiItem(set: InterchangeSet, item: InterchangeItem): string {
	const { spec } = item;
	// A matching item's FEEDBACK holds pairs, not option ids: its explanations are in SOLUTION.
	const body =
		spec.type === 'extended-matching'
			? [`\t\t<div>${textToHtml(spec.stem)}</div>`, ...matchInteraction(spec)]
			: spec.type === 'short-answer'
				? textEntryBody(spec)
				: [`\t\t<div>${textToHtml(spec.stem)}</div>`, ...choiceInteraction(spec)];
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<qti-assessment-item xmlns="${ITEM_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"`,
		`\txsi:schemaLocation="${ITEM_NS} ${ITEM_SCHEMA}"`,
		`\tidentifier="${qtiIdentifier(item.id)}" title="${escapeXml(item.id)}" adaptive="false" time-dependent="false" xml:lang="en-GB">`,
		...declarations(spec),
		'\t<qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float">',
		'\t\t<qti-default-value><qti-value>0</qti-value></qti-default-value>',
		'\t</qti-outcome-declaration>',
		'\t<qti-outcome-declaration identifier="MAXSCORE" cardinality="single" base-type="float">',
		'\t\t<qti-default-value><qti-value>1</qti-value></qti-default-value>',
		'\t</qti-outcome-declaration>',
		'\t<qti-outcome-declaration identifier="SOLUTION" cardinality="single" base-type="identifier"/>',
		'\t<qti-item-body>',
		...body,
		solution(set, item),
		'\t</qti-item-body>',
		...RESPONSE_PROCESSING,
		'</qti-assessment-item>'
	].join('\n');
}

const LOM_DIFFICULTY = { easy: 'easy', medium: 'medium', hard: 'difficult' } as const;

const lomString = (text: string) => `<string language="en-GB">${escapeXml(text)}</string>`;

function itemMetadata(set: InterchangeSet, item: InterchangeItem): string[] {
	const { spec } = item;
	const document = documentOf(set, item);
	const catalog = document ? `${document.slug}@${document.version}` : 'source';
	return [
		'\t\t\t<metadata>',
		`\t\t\t\t<lom xmlns="${LOM_NS}">`,
		'\t\t\t\t\t<general>',
		`\t\t\t\t\t\t<identifier><catalog>item</catalog><entry>${escapeXml(item.id)}</entry></identifier>`,
		`\t\t\t\t\t\t<title>${lomString(item.id)}</title>`,
		`\t\t\t\t\t\t<keyword>${lomString(`bank:${item.bankId}`)}</keyword>`,
		`\t\t\t\t\t\t<keyword>${lomString(`type:${spec.type}`)}</keyword>`,
		...spec.audiences.map((a) => `\t\t\t\t\t\t<keyword>${lomString(`audience:${a}`)}</keyword>`),
		`\t\t\t\t\t\t<description>${lomString(spec.objective)}</description>`,
		'\t\t\t\t\t</general>',
		`\t\t\t\t\t<lifeCycle><version>${lomString(String(item.version))}</version></lifeCycle>`,
		'\t\t\t\t\t<educational>',
		`\t\t\t\t\t\t<difficulty><source>LOMv1.0</source><value>${LOM_DIFFICULTY[spec.difficulty]}</value></difficulty>`,
		'\t\t\t\t\t</educational>',
		...spec.source.passageIds.flatMap((passageId, n) => [
			'\t\t\t\t\t<relation>',
			'\t\t\t\t\t\t<kind><source>LOMv1.0</source><value>isbasedon</value></kind>',
			'\t\t\t\t\t\t<resource>',
			`\t\t\t\t\t\t\t<identifier><catalog>${escapeXml(catalog)}</catalog><entry>${escapeXml(passageId)}</entry></identifier>`,
			...(n === 0
				? [`\t\t\t\t\t\t\t<description>${lomString(spec.source.quote)}</description>`]
				: []),
			'\t\t\t\t\t\t</resource>',
			'\t\t\t\t\t</relation>'
		]),
		'\t\t\t\t</lom>',
		'\t\t\t</metadata>'
	];
}

export function writeQtiManifest(set: InterchangeSet): string {
	const items = set.banks.flatMap((b) => b.items);
	const id = set.banks.length === 1 ? set.banks[0].id : 'banks';
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<manifest xmlns="${MANIFEST_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"`,
		`\txsi:schemaLocation="${MANIFEST_NS} ${MANIFEST_SCHEMA}"`,
		`\tidentifier="${qtiIdentifier(`MANIFEST-${id}`)}">`,
		'\t<metadata>',
		'\t\t<schema>QTI Package</schema>',
		'\t\t<schemaversion>3.0.0</schemaversion>',
		'\t</metadata>',
		'\t<organizations/>',
		'\t<resources>',
		...items.flatMap((item) => [
			`\t\t<resource identifier="${qtiIdentifier(`RES-${item.id}`)}" type="imsqti_item_xmlv3p0" href="${itemPath(item)}">`,
			...itemMetadata(set, item),
			`\t\t\t<file href="${itemPath(item)}"/>`,
			'\t\t</resource>'
		]),
		'\t</resources>',
		'</manifest>'
	].join('\n');
}

/** The package as the bytes of a zip file. */
export function writeQtiPackage(set: InterchangeSet): Uint8Array {
	const files: Record<string, Uint8Array> = {
		'imsmanifest.xml': strToU8(writeQtiManifest(set))
	};
	for (const item of set.banks.flatMap((b) => b.items))
		files[itemPath(item)] = strToU8(writeQtiItem(set, item));
	// A fixed time stamp keeps the same bank the same bytes from one export to the next.
	return zipSync(files, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') });
}
