import { unzlibSync } from 'fflate';
import {
	PDFArray,
	PDFDict,
	PDFDocument,
	PDFName,
	PDFRawStream,
	PDFRef,
	PDFString,
	type PDFObject
} from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { certificateLines, certificatePdf } from './pdf';
import type { CertificateView } from './view';

const view: CertificateView = {
	code: 'ABCDEFGHJKLMNPQR',
	learnerName: 'Zoë Παπαδοπούλου-Ødegård',
	moduleTitle: 'Liver metastases: ablation basics',
	scorePercent: 87.5,
	issuedAt: new Date('2026-06-30T23:30:00Z'),
	validUntil: new Date('2027-06-30T23:30:00Z'),
	educatorName: 'Dr Sam Educator',
	organisationName: 'St Elsewhere NHS Trust',
	timeZone: 'Europe/London'
};
const VERIFY = 'https://trainer.example.org/verify/ABCDEFGHJKLMNPQR';

/** The bytes of a stream, inflated when the PDF compressed them. */
function streamText(doc: PDFDocument, ref: PDFObject | undefined): string {
	const stream = (ref instanceof PDFRef ? doc.context.lookup(ref) : ref) as PDFRawStream;
	const filter = stream.dict.get(PDFName.of('Filter'));
	const bytes = filter ? unzlibSync(stream.contents) : stream.contents;
	return new TextDecoder('latin1').decode(bytes);
}

/**
 * The text a PDF's page shows, read back as a PDF reader does: glyph codes of every `Tj`
 * mapped to characters through each font's ToUnicode table.
 */
function pageText(doc: PDFDocument): string[] {
	const page = doc.getPages()[0];
	const fonts = page.node.Resources()!.lookup(PDFName.of('Font'), PDFDict);
	const toUnicode = new Map<string, string>();
	for (const [, ref] of fonts.entries()) {
		const font = doc.context.lookup(ref as PDFRef, PDFDict);
		const cmap = streamText(doc, font.get(PDFName.of('ToUnicode')));
		for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
			for (const [, code, unicode] of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g))
				toUnicode.set(code.toLowerCase(), decodeUtf16(unicode));
		for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
			for (const [, from, to, start] of block[1].matchAll(
				/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g
			))
				for (let c = parseInt(from, 16); c <= parseInt(to, 16); c++)
					toUnicode.set(
						c.toString(16).padStart(from.length, '0'),
						String.fromCodePoint(parseInt(start, 16) + c - parseInt(from, 16))
					);
	}
	const contents = page.node.get(PDFName.of('Contents'));
	const streams = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : [];
	const text = streams.map((s) => streamText(doc, s)).join('\n');
	return [...text.matchAll(/<([0-9a-fA-F]*)>\s*Tj/g)].map(([, hex]) =>
		(hex.match(/.{4}/g) ?? []).map((code) => toUnicode.get(code.toLowerCase()) ?? '?').join('')
	);
}

function decodeUtf16(hex: string): string {
	const units = (hex.match(/.{4}/g) ?? []).map((u) => parseInt(u, 16));
	return String.fromCharCode(...units);
}

describe('the certificate PDF', () => {
	it('shows every line of the certificate, names in any European script included', async () => {
		const doc = await PDFDocument.load(await certificatePdf(view, VERIFY));
		expect(doc.getPageCount()).toBe(1);
		expect(pageText(doc)).toEqual(certificateLines(view, VERIFY).map((l) => l.text));
	});

	it('names the issuing organisation, the educator, the score and the dates in its zone', () => {
		const text = certificateLines(view, VERIFY).map((l) => l.text);
		expect(text).toEqual([
			'St Elsewhere NHS Trust',
			'Certificate of completion',
			'This certifies that',
			'Zoë Παπαδοπούλου-Ødegård',
			'passed the training module',
			'Liver metastases: ablation basics',
			// 23:30 UTC on 30 June is already 1 July in London (summer time).
			'with a score of 87.5% on 1 July 2026.',
			'Valid until 1 July 2027.',
			'Educator: Dr Sam Educator',
			'The name is the one on the account when the certificate was issued.',
			'Verification code ABCDEFGHJKLMNPQR',
			VERIFY
		]);
	});

	it('leaves out the lines a certificate has nothing for', () => {
		const text = certificateLines({ ...view, validUntil: null, educatorName: '' }, VERIFY).map(
			(l) => l.text
		);
		expect(text.some((t) => t.startsWith('Valid until'))).toBe(false);
		expect(text.some((t) => t.startsWith('Educator'))).toBe(false);
	});

	it('links the verification address and carries the code in its properties', async () => {
		const doc = await PDFDocument.load(await certificatePdf(view, VERIFY), {
			updateMetadata: false
		});
		expect(doc.getTitle()).toBe(
			'Certificate: Liver metastases: ablation basics, Zoë Παπαδοπούλου-Ødegård'
		);
		expect(doc.getAuthor()).toBe('St Elsewhere NHS Trust');
		expect(doc.getSubject()).toBe(`Verification code ABCDEFGHJKLMNPQR: ${VERIFY}`);
		const annotations = doc.getPages()[0].node.Annots()!;
		const link = doc.context.lookup(annotations.get(0), PDFDict);
		const action = link.lookup(PDFName.of('A'), PDFDict);
		expect(action.lookup(PDFName.of('URI'), PDFString).decodeText()).toBe(VERIFY);
	});

	it('wraps a title too long for one line rather than running off the page', async () => {
		const long = Array.from({ length: 20 }, (_, i) => `word${i}`).join(' ');
		const doc = await PDFDocument.load(
			await certificatePdf({ ...view, moduleTitle: long }, VERIFY)
		);
		const text = pageText(doc);
		const titleRows = text.filter((row) => row.startsWith('word') || / word\d/.test(row));
		expect(titleRows.length).toBeGreaterThan(1);
		expect(titleRows.join(' ')).toBe(long);
	});
});
