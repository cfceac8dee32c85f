import { readGift } from '../gift/read';
import { readMoodleXml } from '../moodle/read';
import { readQtiPackage } from '../qti/read';
import { readCsv } from '../csv/read';
import { ImportFileError, type ImportFormat, type ParsedImport } from './model';
import { decodeUtf8, decodeXml } from './text';

/** Files larger than this are refused before they are read. */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
export const IMPORT_MAX_LABEL = '5 MB';

const isZip = (bytes: Uint8Array) =>
	bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);

/** The format of a file, from its name and, failing that, its first characters. */
export function detectFormat(name: string, bytes: Uint8Array): ImportFormat {
	if (isZip(bytes)) return 'qti';
	const lower = name.toLowerCase();
	if (lower.endsWith('.xml')) return 'moodle';
	if (lower.endsWith('.csv')) return 'csv';
	if (lower.endsWith('.gift') || lower.endsWith('.txt')) return 'gift';
	if (lower.endsWith('.zip')) return 'qti';
	const start = new TextDecoder()
		.decode(bytes.subarray(0, 200))
		.replace(/^\ufeff/, '')
		.trimStart();
	return start.startsWith('<') ? 'moodle' : 'gift';
}

/** Reads an uploaded file into questions to import and questions skipped, or throws why it cannot. */
export function readImportFile(name: string, bytes: Uint8Array): ParsedImport {
	const file = name || 'The file';
	if (bytes.length === 0) throw new ImportFileError(`${file} is empty.`);
	if (bytes.length > IMPORT_MAX_BYTES)
		throw new ImportFileError(
			`${file} is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; files up to ${IMPORT_MAX_LABEL} are imported. Split the questions into smaller files.`
		);
	const format = detectFormat(name, bytes);
	if (format === 'qti') return readQtiPackage(bytes, file);
	if (format === 'moodle') return readMoodleXml(decodeXml(bytes, file), file);
	const text = decodeUtf8(bytes, file);
	if (format === 'csv') return readCsv(text, file);
	return readGift(text, file);
}
