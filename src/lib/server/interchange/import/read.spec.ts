import { describe, expect, it } from 'vitest';
import { ImportFileError } from './model';
import { BODY_SIZE_LIMIT } from '../../../../../scripts/server-defaults.js';
import {
	IMPORT_FORM_ROOM,
	IMPORT_MAX_BYTES,
	importBodyTooLarge,
	isBodyLimitError,
	readImportFile
} from './read';

function refusal(name: string, bytes: Uint8Array): string {
	try {
		readImportFile(name, bytes);
	} catch (e) {
		expect(e).toBeInstanceOf(ImportFileError);
		return (e as Error).message;
	}
	throw new Error('the file was read');
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('reading an uploaded file', () => {
	it('refuses a 50 MB file by its size, before reading it', () => {
		const big = new Uint8Array(50 * 1024 * 1024);
		expect(refusal('big.xml', big)).toBe(
			'big.xml is 50.0 MB; files up to 5 MB are imported. Split the questions into smaller files.'
		);
		expect(IMPORT_MAX_BYTES).toBeLessThan(big.length);
	});

	it('names the line where a file stops being UTF-8', () => {
		const latin1 = new Uint8Array([...utf8('::a:: one {=x}\n\n::b:: caf'), 0xe9, ...utf8(' {=y}')]);
		expect(refusal('q.gift', latin1)).toMatch(/^q\.gift, line 3: the file is not UTF-8 text/);
	});

	it('refuses UTF-16 with the way to save it as UTF-8', () => {
		expect(refusal('q.xml', new Uint8Array([0xff, 0xfe, 0x3c, 0]))).toMatch(/UTF-16/);
	});

	it('refuses XML that declares another encoding', () => {
		const xml = utf8('<?xml version="1.0" encoding="ISO-8859-1"?><quiz></quiz>');
		expect(refusal('q.xml', xml)).toMatch(/line 1: the file says it is in ISO-8859-1/);
	});

	it('refuses an empty file', () => {
		expect(refusal('q.gift', new Uint8Array())).toBe('q.gift is empty.');
	});

	it('answers a zip file clearly', () => {
		expect(refusal('q.zip', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).toMatch(/zip file/);
	});

	it('tells the format by the file name, and reads a byte order mark', () => {
		const parsed = readImportFile('q.txt', utf8('\ufeff::t:: Is it? {T}'));
		expect(parsed.format).toBe('gift');
		expect(parsed.questions[0].name).toBe('t');
	});
});

describe('the upload limit', () => {
	const posted = (length: number) =>
		new Request('http://localhost/educator/import?/preview', {
			method: 'POST',
			headers: { 'content-length': String(length) }
		});

	it("lets the server's default body limit carry the largest import with its form", () => {
		const [, amount, unit] = /^(\d+)([KMG]?)$/.exec(BODY_SIZE_LIMIT)!;
		const bytes = Number(amount) * { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 }[unit]!;
		expect(bytes).toBeGreaterThanOrEqual(IMPORT_MAX_BYTES + IMPORT_FORM_ROOM);
	});

	it('refuses a post by its declared length when it cannot hold a file within the limit', () => {
		expect(importBodyTooLarge(posted(50 * 1024 * 1024))).toBe(true);
		expect(importBodyTooLarge(posted(IMPORT_MAX_BYTES + IMPORT_FORM_ROOM + 1))).toBe(true);
		expect(importBodyTooLarge(posted(IMPORT_MAX_BYTES + 1000))).toBe(false);
		expect(importBodyTooLarge(new Request('http://localhost/', { method: 'POST' }))).toBe(false);
	});

	it("knows the server's refusal of a body over its limit from other failures", () => {
		expect(isBodyLimitError(Object.assign(new Error('Payload Too Large'), { status: 413 }))).toBe(
			true
		);
		expect(isBodyLimitError(new TypeError('bad form'))).toBe(false);
		expect(isBodyLimitError(null)).toBe(false);
	});
});
