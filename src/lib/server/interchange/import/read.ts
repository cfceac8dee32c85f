import { readGift } from '$lib/server/interchange/gift/read';
import { readMoodleXml } from '$lib/server/interchange/moodle/read';
import { readQtiPackage } from '$lib/server/interchange/qti/read';
import { readCsv } from '$lib/server/interchange/csv/read';
import { ImportFileError, type ImportFormat, type ParsedImport } from './model';
import { decodeUtf8, decodeXml } from './text';

/** Files larger than this are refused before they are read. */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
export const IMPORT_MAX_LABEL = '5 MB';

/** Room the rest of the import form takes beside the file: multipart headers and the bank's id. */
export const IMPORT_FORM_ROOM = 64 * 1024;

export const IMPORT_TOO_LARGE = `The file is larger than ${IMPORT_MAX_LABEL}, the most imported at once. Split the questions into smaller files.`;

/**
 * Whether a posted import cannot hold a file within the limit, told from its declared length
 * alone, so that the body is refused without being read.
 */
export function importBodyTooLarge(request: Request): boolean {
	const length = Number(request.headers.get('content-length'));
	return Number.isFinite(length) && length > IMPORT_MAX_BYTES + IMPORT_FORM_ROOM;
}

/** The server's own refusal of a body over its limit (`BODY_SIZE_LIMIT`), met while reading it. */
export function isBodyLimitError(error: unknown): boolean {
	return (error as { status?: unknown } | null)?.status === 413;
}

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
