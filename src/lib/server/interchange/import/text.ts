import { ImportFileError } from './model';
import { lineAt } from './xml';

/**
 * The opening every reader shares: the bytes of a file (or of a file inside a package) as UTF-8
 * text, refused with the line where they stop being UTF-8, and XML refused when it declares
 * another encoding.
 */

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

/** An XML file as UTF-8 text, refused when its declaration names another encoding. */
export function decodeXml(bytes: Uint8Array, file: string): string {
	const text = decodeUtf8(bytes, file);
	const declared = /^<\?xml[^>]*encoding=["']([^"']+)["']/i.exec(text.trimStart());
	if (declared && !/^utf-?8$/i.test(declared[1]))
		throw new ImportFileError(
			`${file}, line 1: the file says it is in ${declared[1]}; only UTF-8 is imported. Save it as UTF-8 and import it again.`
		);
	return text;
}
