import { ImportFileError, type ParsedImport } from '../import/model';

/** Zip files are recognised so that they get a clear answer rather than a parse error. */
export function readQtiPackage(_bytes: Uint8Array, file = 'The file'): ParsedImport {
	throw new ImportFileError(
		`${file} is a zip file. QTI packages are not imported: export the questions as Moodle XML or GIFT and import that.`
	);
}
