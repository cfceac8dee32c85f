import { readGift } from '../gift/read';
import { readMoodleXml } from '../moodle/read';
import { readQtiPackage } from '../qti/read';
import { readCsv } from '../csv/read';
import { ImportFileError, type ImportFormat, type ParsedImport } from './model';
import { lineAt } from './xml';

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

/** The file as UTF-8 text, or an error naming the line where it stops being UTF-8. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
		throw new ImportFileError(
			`${file} is saved as UTF-16. Save it as UTF-8 (in most editors: Save as › Encoding › UTF-8) and import it again.`
		);
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\ufeff/, '');
	} catch {
		const good = new TextDecoder('utf-8').decode(bytes);
		const bad = good.indexOf('\ufffd');
		throw new ImportFileError(
			`${file}, line ${lineAt(good, Math.max(bad, 0))}: the file is not UTF-8 text (it may be saved as Windows-1252 or Latin-1). Save it as UTF-8 and import it again.`
		);
	}
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
	const text = decodeUtf8(bytes, file);
	if (format === 'moodle') {
		const declared = /^<\?xml[^>]*encoding=["']([^"']+)["']/i.exec(text.trimStart());
		if (declared && !/^utf-?8$/i.test(declared[1]))
			throw new ImportFileError(
				`${file}, line 1: the file says it is in ${declared[1]}; only UTF-8 is imported. Export it from Moodle again, or save it as UTF-8.`
			);
		return readMoodleXml(text, file);
	}
	if (format === 'csv') return readCsv(text, file);
	return readGift(text, file);
}
