import { ImportFileError, type ParsedImport } from '../import/model';

export function readQtiPackage(_bytes: Uint8Array, file = 'The file'): ParsedImport {
	throw new ImportFileError(`${file}: QTI import is unavailable.`);
}
