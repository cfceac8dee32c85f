import { describe, expect, it } from 'vitest';
import { attachmentFilename, downloadResponse } from './download';

describe('downloads', () => {
	it('keep only letters, digits, dot, underscore and hyphen in the file name', () => {
		expect(attachmentFilename('Surgery_2.moodle.xml')).toBe('Surgery_2.moodle.xml');
		expect(attachmentFilename('a"b;\r\nc/../d é.zip')).toBe('a_b___c_.._d__.zip');
	});

	it('send bytes or text as an attachment that no cache keeps', async () => {
		const response = downloadResponse('bank "x".zip', new Uint8Array([80, 75]), 'application/zip');
		expect(response.headers.get('content-type')).toBe('application/zip');
		expect(response.headers.get('content-disposition')).toBe('attachment; filename="bank__x_.zip"');
		expect(response.headers.get('cache-control')).toBe('private, no-store');
		expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array([80, 75]));
		const text = downloadResponse('deck.txt', 'front\tback', 'text/plain; charset=utf-8');
		expect(await text.text()).toBe('front\tback');
	});
});
