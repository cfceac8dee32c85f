import { CLOZE_BLANK, type ItemSpec } from '$lib/content/types';
import { htmlToText } from '$lib/server/html/sanitize';
import {
	blankSpec,
	matchingExplanations,
	readGeneralFeedback,
	stemAndLeadIn,
	stemIdAt
} from '$lib/server/interchange/import/model';
import {
	attr,
	child,
	children,
	decodeXmlText,
	parseXml,
	textOf
} from '$lib/server/interchange/import/xml';

/**
 * One `qti-assessment-item` of a QTI 3.0 package. The item body is mixed HTML and interactions,
 * read from the well-formed XML as written (so the order of text and interaction is kept) and
 * turned into text through the same sanitiser as every other import. Choice, text-entry and
 * match interactions become items of ours; an item with any other interaction, or with more than
 * one, is skipped with the reason.
 */

const QTI_NS = 'http://www.imsglobal.org/xsd/imsqtiasi_v3p0';

/** Stands where a text entry was until the text around it is known. */
const ENTRY = '\ue003';

const BLANK = '____';

interface Declaration {
	identifier: string;
	cardinality: string;
	correct: string[];
	mapping: { key: string; value: number; caseSensitive: boolean }[];
}

function declarationsOf(item: unknown): Declaration[] {
	return children(item, 'qti-response-declaration').map((d) => ({
		identifier: attr(d, 'identifier') ?? '',
		cardinality: attr(d, 'cardinality') ?? 'single',
		correct: children(child(d, 'qti-correct-response'), 'qti-value').map((v) => textOf(v).trim()),
		mapping: children(child(d, 'qti-mapping'), 'qti-map-entry').map((e) => ({
			key: attr(e, 'map-key') ?? '',
			value: Number(attr(e, 'mapped-value') ?? '0') || 0,
			caseSensitive: attr(e, 'case-sensitive') === 'true'
		}))
	}));
}

/** The attributes of a start tag as written (`<qti-simple-choice identifier="A">`). */
function attributes(tag: string): Record<string, string> {
	const found: Record<string, string> = {};
	for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
		found[m[1]] = decodeXmlText(m[2] ?? m[3]);
	return found;
}

interface Element {
	whole: string;
	attributes: Record<string, string>;
	inner: string;
}

/** Every `<name …>…</name>` (or `<name …/>`) in the fragment, in order; never nested in itself. */
function elements(xml: string, name: string): Element[] {
	const pattern = new RegExp(`<${name}(\\s[^>]*?)?(?:/>|>([\\s\\S]*?)</${name}\\s*>)`, 'g');
	return [...xml.matchAll(pattern)].map((m) => ({
		whole: m[0],
		attributes: attributes(m[1] ?? ''),
		inner: m[2] ?? ''
	}));
}

const without = (xml: string, name: string) =>
	elements(xml, name).reduce((rest, e) => rest.replace(e.whole, ''), xml);

/** The XML with the QTI namespace's prefix dropped, when the writer gave it one. */
function unprefixed(xml: string): string {
	const declared = new RegExp(`xmlns:([\\w.-]+)\\s*=\\s*["']${QTI_NS}["']`).exec(xml);
	if (!declared) return xml;
	return xml.replace(new RegExp(`<(/?)${declared[1]}:`, 'g'), '<$1');
}

/** Why each interaction we cannot hold is skipped, in the educator's words. */
const UNSUPPORTED: Record<string, string> = {
	'qti-extended-text-interaction':
		'an extended-text (essay) response is marked by a person, and items here are marked automatically',
	'qti-upload-interaction':
		'an uploaded file is marked by a person, and items here are marked automatically',
	'qti-inline-choice-interaction':
		'an inline choice (a drop-down in the text) has no equivalent here',
	'qti-order-interaction': 'ordering questions have no equivalent here',
	'qti-gap-match-interaction': 'drag-and-drop questions have no equivalent here',
	'qti-graphic-gap-match-interaction': 'drag-and-drop questions have no equivalent here',
	'qti-hotspot-interaction': 'questions answered on an image have no equivalent here',
	'qti-select-point-interaction': 'questions answered on an image have no equivalent here',
	'qti-slider-interaction': 'a slider answers with a number in a range, which items here do not'
};

export type ItemResult = { spec: ItemSpec; notes: string[] } | { reason: string };

/**
 * The general feedback of the item: its feedback blocks and modal feedback, read as our exports
 * write them (teaching point, source, scenarios) or as a teaching point.
 */
function feedbackOf(xml: string, body: string) {
	const blocks = [
		...elements(body, 'qti-feedback-block'),
		...elements(xml, 'qti-modal-feedback')
	].map((e) => htmlToText(e.inner));
	return readGeneralFeedback(blocks.filter(Boolean).join('\n\n'));
}

/** "Answer: 3 or three. Why": the explanation after the accepted answers, as our exports write it. */
function shortAnswerExplanation(paragraphs: string[], accepted: string[]): string {
	const keys = [...accepted].sort((a, b) => b.length - a.length);
	const after = (text: string, at: number): number => {
		for (const key of keys) {
			if (!text.startsWith(key, at)) continue;
			const next = at + key.length;
			if (text.startsWith('. ', next)) return next + 2;
			if (text.startsWith(' or ', next)) {
				const end = after(text, next + 4);
				if (end !== -1) return end;
			}
		}
		return -1;
	};
	for (const p of paragraphs) {
		if (!p.startsWith('Answer: ')) continue;
		const end = after(p, 'Answer: '.length);
		if (end !== -1) return p.slice(end);
	}
	return '';
}

function choice(
	interaction: Element,
	declaration: Declaration | undefined,
	notes: string[]
): ItemSpec {
	const choices = elements(interaction.inner, 'qti-simple-choice').map((c) => ({
		id: c.attributes.identifier ?? '',
		text: htmlToText(without(c.inner, 'qti-feedback-inline')),
		explanation: elements(c.inner, 'qti-feedback-inline')
			.map((f) => htmlToText(f.inner))
			.filter(Boolean)
			.join('\n\n')
	}));
	const correct = new Set(
		declaration?.correct.length
			? declaration.correct
			: (declaration?.mapping ?? []).filter((m) => m.value > 0).map((m) => m.key)
	);
	const multiple =
		declaration?.cardinality === 'multiple' || interaction.attributes['max-choices'] !== '1';
	const trueFalse =
		!multiple &&
		choices.length === 2 &&
		choices.map((c) => c.text.toLowerCase()).join() === 'true,false';
	const spec = blankSpec(
		multiple ? 'multiple-response' : trueFalse ? 'true-false' : 'single-best-answer'
	);
	spec.options = choices.map((c) => ({
		text: trueFalse ? (c.text.toLowerCase() === 'true' ? 'True' : 'False') : c.text,
		correct: correct.has(c.id),
		explanation: c.explanation
	}));
	if (!multiple && correct.size > 1)
		notes.push('more than one choice was keyed correct for a single answer');
	return spec;
}

function match(interaction: Element, declaration: Declaration | undefined): ItemSpec | string {
	const sets = elements(interaction.inner, 'qti-simple-match-set').map((set) =>
		elements(set.inner, 'qti-simple-associable-choice').map((c) => ({
			id: c.attributes.identifier ?? '',
			text: htmlToText(c.inner)
		}))
	);
	if (sets.length !== 2) return 'a match interaction without two sets to match';
	const [scenarios, options] = sets;
	const pairs = (declaration?.correct ?? []).map((v) => v.split(/\s+/));
	const spec = blankSpec('extended-matching');
	spec.options = options.map((o) => ({ text: o.text, explanation: '' }));
	const stems = scenarios.map((s, n) => {
		const targets = pairs.filter(([source]) => source === s.id);
		const answer = options.findIndex((o) => o.id === targets[0]?.[1]);
		return targets.length === 1 && answer !== -1
			? { id: stemIdAt(n), text: s.text, answer, explanation: '' }
			: null;
	});
	if (stems.some((s) => s === null))
		return 'a match interaction where a scenario has no single correct match; items here match each scenario to one option';
	spec.stems = stems.filter((s) => s !== null);
	return spec;
}

function textEntry(declaration: Declaration | undefined, notes: string[]): ItemSpec {
	const spec = blankSpec('short-answer');
	const mapping = declaration?.mapping ?? [];
	const best = Math.max(0, ...mapping.map((m) => m.value));
	const full = mapping.filter((m) => m.value > 0 && m.value === best).map((m) => m.key.trim());
	for (const m of mapping)
		if (m.value > 0 && m.value < best)
			notes.push(`the answer "${m.key}" gave partial credit and is left out`);
	if (mapping.some((m) => m.caseSensitive))
		notes.push('the package compared case; answers here are compared ignoring case');
	const accepted = [...new Set([...(declaration?.correct ?? []), ...full].filter(Boolean))];
	spec.shortAnswer = { accepted, explanation: '' };
	return spec;
}

/** A text entry's stem: a blank in its sentence makes a cloze, one on its own line a question. */
function textEntryStem(spec: ItemSpec, text: string): void {
	const paragraphs = text.split('\n\n');
	const alone = paragraphs.findIndex((p) => p.trim() === ENTRY);
	if (alone !== -1) {
		Object.assign(spec, stemAndLeadIn(paragraphs.filter((_, n) => n !== alone).join('\n\n')));
		return;
	}
	const cloze = paragraphs.map((p) => p.replace(ENTRY, BLANK));
	const lead = cloze.length > 1 && !new RegExp(CLOZE_BLANK.source).test(cloze[0]);
	spec.leadIn = lead ? cloze[0] : '';
	spec.stem = (lead ? cloze.slice(1) : cloze).join('\n\n');
}

/** `path` is the item's file in the package; `file` names it in messages ("bank.zip, q.xml"). */
export function readQtiItem(
	raw: string,
	path: string,
	file = path
): ItemResult & { name: string; id: string } {
	const xml = unprefixed(raw.replace(/<!--[\s\S]*?-->/g, ''));
	const doc = parseXml(xml, file, ['qti-response-declaration', 'qti-value', 'qti-map-entry']);
	const item = child(doc, 'qti-assessment-item');
	const fallback = path.replace(/^.*\//, '').replace(/\.xml$/i, '');
	if (!item) {
		const qti2 = child(doc, 'assessmentItem') !== undefined;
		return {
			name: fallback,
			id: '',
			reason: qti2
				? 'a QTI 2 item; only QTI 3.0 items are imported'
				: 'the file is not a QTI 3.0 item (it has no qti-assessment-item)'
		};
	}
	const id = attr(item, 'identifier') ?? '';
	const name = attr(item, 'title')?.trim() || id || fallback;
	const skip = (reason: string) => ({ name, id, reason });
	const body = /<qti-item-body(?:\s[^>]*)?>([\s\S]*)<\/qti-item-body\s*>/.exec(xml)?.[1] ?? '';
	const kinds = [...body.matchAll(/<(qti-[a-z-]+-interaction)[\s>/]/g)].map((m) => m[1]);
	if (kinds.length === 0) return skip('the item has no interaction, so nothing to answer');
	if (kinds.length > 1)
		return skip(`the item has ${kinds.length} interactions; items here ask one question`);
	const kind = kinds[0];
	const interaction = elements(body, kind)[0];
	const declaration = declarationsOf(item).find(
		(d) => d.identifier === interaction.attributes['response-identifier']
	);
	const notes: string[] = [];
	const feedback = feedbackOf(xml, body);
	const rest = without(without(body, 'qti-feedback-block'), 'qti-rubric-block');
	let spec: ItemSpec | string;
	if (kind === 'qti-text-entry-interaction') {
		spec = textEntry(declaration, notes);
		textEntryStem(spec, htmlToText(rest.replace(interaction.whole, ENTRY)));
		spec.shortAnswer!.explanation = shortAnswerExplanation(
			feedback.paragraphs,
			spec.shortAnswer!.accepted
		);
	} else {
		spec =
			kind === 'qti-choice-interaction'
				? choice(interaction, declaration, notes)
				: kind === 'qti-match-interaction'
					? match(interaction, declaration)
					: (UNSUPPORTED[kind] ??
						`a ${kind.replace(/^qti-|-interaction$/g, '').replace(/-/g, ' ')} interaction has no equivalent here`);
		if (typeof spec === 'string') return skip(spec);
		const prompt = elements(interaction.inner, 'qti-prompt')[0];
		const text = htmlToText(rest.replace(interaction.whole, ''));
		if (prompt) {
			spec.stem = text;
			spec.leadIn = htmlToText(prompt.inner);
		} else Object.assign(spec, stemAndLeadIn(text));
	}
	spec.teachingPoint = feedback.teachingPoint;
	if (spec.type === 'extended-matching') {
		const found = matchingExplanations(feedback.paragraphs, spec);
		spec.stems = spec.stems!.map((s, n) => ({ ...s, explanation: found.stems[n] }));
		spec.options = spec.options.map((o, n) => ({ ...o, explanation: found.options[n] }));
	}
	return { name, id, spec, notes };
}
