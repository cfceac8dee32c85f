import { ImportFileError, type ParsedImport } from '../import/model';

export function readCsv(_text: string, file = 'The file'): ParsedImport {
	throw new ImportFileError(`${file}: CSV import is unavailable.`);
}
