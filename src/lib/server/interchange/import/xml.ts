import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ImportFileError } from './model';

/**
 * XML read without a document type: a DOCTYPE is refused before parsing, so no entity is ever
 * declared, expanded or fetched (billion laughs, external entities), and the parser's own entity
 * handling is off. The five predefined entities and character references are decoded here.
 */

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeXmlText(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
		if (name[0] === '#') {
			const code =
				name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
			return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
		}
		return PREDEFINED[name] ?? whole;
	});
}

export const CDATA = '__cdata';

/**
 * Parses XML whose element names in `arrays` always come back as arrays. `withoutPrefixes` drops
 * namespace prefixes (`imsmd:lom` reads as `lom`), for formats whose writers choose their own.
 */
export function parseXml(
	xml: string,
	file: string,
	arrays: string[],
	options: { withoutPrefixes?: boolean } = {}
): Record<string, unknown> {
	const doctype = /<!DOCTYPE|<!ENTITY/i.exec(xml);
	if (doctype)
		throw new ImportFileError(
			`${file}, line ${lineAt(xml, doctype.index)}: the file declares a document type (DOCTYPE). Files with document types or entity declarations are refused, because they can expand to huge sizes or read other files.`
		);
	const valid = XMLValidator.validate(xml);
	if (valid !== true)
		throw new ImportFileError(
			`${file}, line ${valid.err.line}, column ${valid.err.col}: this is not well-formed XML (${valid.err.msg})`
		);
	const wanted = new Set(arrays);
	const parser = new XMLParser({
		ignoreAttributes: false,
		attributeNamePrefix: '@_',
		processEntities: false,
		htmlEntities: false,
		parseTagValue: false,
		parseAttributeValue: false,
		trimValues: false,
		cdataPropName: CDATA,
		removeNSPrefix: options.withoutPrefixes ?? false,
		isArray: (name) => wanted.has(name)
	});
	return parser.parse(xml) as Record<string, unknown>;
}

/** An element's text: its character data decoded, its CDATA sections as written. */
export function textOf(node: unknown): string {
	if (node === undefined || node === null) return '';
	if (typeof node === 'string') return decodeXmlText(node);
	if (typeof node === 'number' || typeof node === 'boolean') return String(node);
	if (Array.isArray(node)) return node.map(textOf).join('');
	const record = node as Record<string, unknown>;
	const cdata = record[CDATA];
	return textOf(record['#text']) + (cdata === undefined ? '' : rawOf(cdata));
}

function rawOf(node: unknown): string {
	if (Array.isArray(node)) return node.map(rawOf).join('');
	if (typeof node === 'string') return node;
	if (node && typeof node === 'object') return rawOf((node as Record<string, unknown>)['#text']);
	return node === undefined || node === null ? '' : String(node);
}

export function attr(node: unknown, name: string): string | undefined {
	if (!node || typeof node !== 'object') return undefined;
	const value = (node as Record<string, unknown>)[`@_${name}`];
	return value === undefined ? undefined : decodeXmlText(String(value));
}

export function child(node: unknown, name: string): unknown {
	if (!node || typeof node !== 'object') return undefined;
	return (node as Record<string, unknown>)[name];
}

export function children(node: unknown, name: string): unknown[] {
	const found = child(node, name);
	return found === undefined ? [] : Array.isArray(found) ? found : [found];
}

export function lineAt(text: string, index: number): number {
	let line = 1;
	for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
	return line;
}

/**
 * The line of each start tag `<name` in document order, skipping comments and CDATA sections,
 * so the nth parsed element can be placed in the file.
 */
export function startTagLines(xml: string, name: string): number[] {
	const lines: number[] = [];
	const pattern = new RegExp(
		`<!--[\\s\\S]*?-->|<!\\[CDATA\\[[\\s\\S]*?\\]\\]>|<${name}[\\s>/]`,
		'g'
	);
	let line = 1;
	let last = 0;
	for (let m = pattern.exec(xml); m; m = pattern.exec(xml)) {
		if (m[0][1] === '!') continue;
		for (let i = xml.indexOf('\n', last); i !== -1 && i < m.index; i = xml.indexOf('\n', i + 1))
			line++;
		last = m.index;
		lines.push(line);
	}
	return lines;
}
