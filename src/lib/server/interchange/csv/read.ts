import {
	blankSpec,
	ImportFileError,
	type ImportedQuestion,
	type ParsedImport,
	type SkippedQuestion
} from '$lib/server/interchange/import/model';

/**
 * The CSV template for single-best-answer items: a header row naming the columns below (in any
 * order), then one question a row. `correct` is the key's letter. Quoted fields may hold commas,
 * doubled quotes and line breaks, as spreadsheets write them.
 */

const LETTERS = ['a', 'b', 'c', 'd', 'e'];
export const CSV_COLUMNS = [
	'stem',
	'lead_in',
	...LETTERS.map((l) => `option_${l}`),
	'correct',
	...LETTERS.map((l) => `explanation_${l}`),
	'teaching_point'
];

interface Row {
	line: number;
	cells: string[];
}

/** RFC 4180 records, each with the line it starts on. */
function records(text: string, file: string): Row[] {
	const rows: Row[] = [];
	let cells: string[] = [];
	let cell = '';
	let quoted = false;
	let line = 1;
	let start = 1;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (c === '"') quoted = false;
			else {
				if (c === '\n') line++;
				cell += c;
			}
		} else if (c === '"' && cell === '') quoted = true;
		else if (c === ',') {
			cells.push(cell);
			cell = '';
		} else if (c === '\n' || c === '\r') {
			if (c === '\r' && text[i + 1] === '\n') i++;
			cells.push(cell);
			if (cells.some((v) => v.trim())) rows.push({ line: start, cells });
			cells = [];
			cell = '';
			line++;
			start = line;
		} else cell += c;
	}
	if (quoted) throw new ImportFileError(`${file}, line ${start}: a quoted field is never closed.`);
	cells.push(cell);
	if (cells.some((v) => v.trim())) rows.push({ line: start, cells });
	return rows;
}

export function readCsv(text: string, file = 'The file'): ParsedImport {
	const [header, ...rows] = records(text, file);
	if (!header) throw new ImportFileError(`${file} is empty.`);
	const names = header.cells.map((h) => h.trim().toLowerCase());
	const missing = CSV_COLUMNS.filter((c) => !names.includes(c));
	if (missing.length)
		throw new ImportFileError(
			`${file}, line 1: the header row lacks ${missing.join(', ')}. The columns are ${CSV_COLUMNS.join(', ')}.`
		);
	const questions: ImportedQuestion[] = [];
	const skipped: SkippedQuestion[] = [];
	for (const row of rows) {
		const get = (name: string) => (row.cells[names.indexOf(name)] ?? '').trim();
		const where = `line ${row.line}`;
		const name = get('stem').slice(0, 60) || `row on ${where}`;
		const key = get('correct').toLowerCase();
		if (!LETTERS.includes(key)) {
			skipped.push({
				where,
				name,
				reason: `"correct" is "${get('correct')}"; give the key's letter, A to E`
			});
			continue;
		}
		const spec = blankSpec('single-best-answer');
		spec.stem = get('stem');
		spec.leadIn = get('lead_in');
		spec.teachingPoint = get('teaching_point');
		spec.options = LETTERS.filter((l) => get(`option_${l}`)).map((l) => ({
			text: get(`option_${l}`),
			correct: l === key,
			explanation: get(`explanation_${l}`)
		}));
		questions.push({ where, name, idNumber: '', category: '', spec, notes: [] });
	}
	return { format: 'csv', questions, skipped };
}
