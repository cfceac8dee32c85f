import type { ItemSpec } from '$lib/content/types';
import {
	applyTags,
	ImportFileError,
	type ImportedQuestion,
	type ParsedImport,
	type SkippedQuestion
} from '$lib/server/interchange/import/model';
import { decodeXml } from '$lib/server/interchange/import/text';
import { attr, child, children, parseXml, textOf } from '$lib/server/interchange/import/xml';
import { openZip, type ZipLimits } from '$lib/server/interchange/import/zip';
import { readQtiItem } from './item';

/**
 * A QTI 3.0 content package: a zip whose `imsmanifest.xml` lists the item files as resources of
 * type `imsqti_item_xmlv3p0`. Items are read in the manifest's order; the LOM metadata our export
 * writes beside each resource gives difficulty, audiences and objective back.
 */

const MANIFEST = 'imsmanifest.xml';

/** A path inside the package, relative to the manifest's folder, with `.` and `..` resolved. */
function resolve(folder: string, href: string): string | null {
	let decoded: string;
	try {
		decoded = decodeURIComponent(href.split(/[?#]/)[0]);
	} catch {
		return null;
	}
	const parts: string[] = [];
	for (const part of `${folder}${decoded}`.split('/')) {
		if (part === '' || part === '.') continue;
		if (part === '..') {
			if (!parts.length) return null;
			parts.pop();
		} else parts.push(part);
	}
	return parts.join('/');
}

const LOM_DIFFICULTY: Record<string, ItemSpec['difficulty']> = {
	'very easy': 'easy',
	easy: 'easy',
	medium: 'medium',
	difficult: 'hard',
	'very difficult': 'hard'
};

const lomText = (node: unknown) => textOf(children(node, 'string')[0] ?? node).trim();

/** Difficulty, audiences and objective from the resource's LOM metadata, when it has any. */
function applyMetadata(spec: ItemSpec, resource: unknown): void {
	const lom = child(child(resource, 'metadata'), 'lom');
	if (!lom) return;
	const general = child(lom, 'general');
	applyTags(spec, children(general, 'keyword').map(lomText));
	const difficulty = textOf(child(child(child(lom, 'educational'), 'difficulty'), 'value'));
	spec.difficulty = LOM_DIFFICULTY[difficulty.trim().toLowerCase()] ?? spec.difficulty;
	const objective = child(general, 'description');
	if (objective !== undefined) spec.objective = lomText(objective);
}

export function readQtiPackage(
	bytes: Uint8Array,
	file = 'The file',
	limits?: ZipLimits
): ParsedImport {
	const zip = openZip(bytes, file, limits);
	const manifestPath = zip.names
		.filter((n) => n === MANIFEST || n.endsWith(`/${MANIFEST}`))
		.sort((a, b) => a.split('/').length - b.split('/').length)[0];
	if (!manifestPath)
		throw new ImportFileError(
			`${file} has no ${MANIFEST}, so it is not a QTI content package. Export the questions as a QTI 3.0 package (or as Moodle XML or GIFT) and import that.`
		);
	const folder = manifestPath.slice(0, -MANIFEST.length);
	const where = `${file}, ${manifestPath}`;
	const manifest = child(
		parseXml(
			decodeXml(zip.read(manifestPath), where),
			where,
			['resource', 'file', 'keyword', 'string'],
			{
				withoutPrefixes: true
			}
		),
		'manifest'
	);
	if (!manifest) throw new ImportFileError(`${where}: this XML has no <manifest> element.`);
	const resources = children(child(manifest, 'resources'), 'resource').filter((r) =>
		/^imsqti_item_xmlv/.test(attr(r, 'type') ?? '')
	);
	if (!resources.length)
		throw new ImportFileError(
			`${where} lists no QTI items (resources of type imsqti_item_xmlv3p0).`
		);

	const questions: ImportedQuestion[] = [];
	const skipped: SkippedQuestion[] = [];
	resources.forEach((resource, n) => {
		const href = attr(resource, 'href') ?? attr(children(resource, 'file')[0], 'href') ?? '';
		const path = href ? resolve(folder, href) : null;
		if (!path)
			throw new ImportFileError(
				`${where}: resource ${attr(resource, 'identifier') ?? n + 1} names no file in the package${href ? ` ("${href}")` : ''}.`
			);
		if (!zip.has(path))
			throw new ImportFileError(
				`${where} names ${path}, which is not in the package. Export the package again.`
			);
		const position = `item ${n + 1} (${path})`;
		if (attr(resource, 'type') !== 'imsqti_item_xmlv3p0') {
			skipped.push({
				where: position,
				name: path,
				reason: 'a QTI 2 item; only QTI 3.0 items are imported'
			});
			return;
		}
		const named = `${file}, ${path}`;
		const read = readQtiItem(decodeXml(zip.read(path), named), path, named);
		if ('reason' in read) {
			skipped.push({ where: position, name: read.name, reason: read.reason });
			return;
		}
		applyMetadata(read.spec, resource);
		questions.push({
			where: position,
			name: read.name,
			idNumber: read.id,
			category: '',
			spec: read.spec,
			notes: read.notes
		});
	});
	return { format: 'qti', questions, skipped };
}
