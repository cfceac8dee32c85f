import { readFileSync } from 'node:fs';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, PDFName, PDFString, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { SITE_NAME } from '$lib/site';
import { certificateDate, type CertificateView } from './view';

/** One line of the certificate, centred. */
export interface CertificateLine {
	text: string;
	/** Font size in points. */
	size: number;
	/** Space above the line, in points. */
	gap: number;
	/** The line is the verification address, and links to it. */
	link?: string;
}

/** Every line a certificate carries, in order: the PDF draws exactly these. */
export function certificateLines(view: CertificateView, verifyUrl: string): CertificateLine[] {
	const date = (d: Date) => certificateDate(d, view.timeZone);
	const lines: CertificateLine[] = [
		{ text: view.organisationName, size: 16, gap: 0 },
		{ text: 'Certificate of completion', size: 30, gap: 18 },
		{ text: 'This certifies that', size: 13, gap: 26 },
		{ text: view.learnerName, size: 26, gap: 12 },
		{ text: 'passed the training module', size: 13, gap: 14 },
		{ text: view.moduleTitle, size: 20, gap: 10 },
		{ text: `with a score of ${view.scorePercent}% on ${date(view.issuedAt)}.`, size: 13, gap: 14 }
	];
	if (view.validUntil)
		lines.push({ text: `Valid until ${date(view.validUntil)}.`, size: 13, gap: 6 });
	if (view.educatorName) lines.push({ text: `Educator: ${view.educatorName}`, size: 13, gap: 18 });
	lines.push(
		{
			text: 'The name is the one on the account when the certificate was issued.',
			size: 10,
			gap: 12
		},
		{ text: `Verification code ${view.code}`, size: 12, gap: 26 },
		{ text: verifyUrl, size: 11, gap: 6, link: verifyUrl }
	);
	return lines;
}

/**
 * DejaVu Sans covers Latin, Greek, Cyrillic and more, so names in those scripts print as typed.
 * Read from the checkout, as the source document is.
 */
function certificateFont(): Uint8Array {
	return readFileSync(path.resolve('src/lib/server/certificates/fonts/DejaVuSans.ttf'));
}

const A4_LANDSCAPE: [number, number] = [841.89, 595.28];
const MARGIN = 56;
const MIN_SIZE = 9;

/** The line's words set in lines no wider than `width`, at a size shrunk at most to two thirds. */
function fit(text: string, font: PDFFont, size: number, width: number) {
	let fitted = size;
	while (
		fitted > Math.max(MIN_SIZE, (size * 2) / 3) &&
		font.widthOfTextAtSize(text, fitted) > width
	)
		fitted -= 1;
	const rows: string[] = [];
	let row = '';
	for (const word of text.split(/\s+/)) {
		const candidate = row ? `${row} ${word}` : word;
		if (row && font.widthOfTextAtSize(candidate, fitted) > width) {
			rows.push(row);
			row = word;
		} else row = candidate;
	}
	if (row) rows.push(row);
	return { size: fitted, rows };
}

function addLink(page: PDFPage, url: string, x: number, y: number, w: number, h: number) {
	const doc = page.doc;
	const annotation = doc.context.register(
		doc.context.obj({
			Type: 'Annot',
			Subtype: 'Link',
			Rect: [x, y, x + w, y + h],
			Border: [0, 0, 0],
			A: { Type: 'Action', S: 'URI', URI: PDFString.of(url) }
		})
	);
	page.node.set(PDFName.of('Annots'), doc.context.obj([annotation]));
}

/** The certificate as a one-page A4 PDF, its verification address a link. */
export async function certificatePdf(
	view: CertificateView,
	verifyUrl: string
): Promise<Uint8Array> {
	const doc = await PDFDocument.create();
	doc.registerFontkit(fontkit);
	const font = await doc.embedFont(certificateFont(), { subset: true });
	doc.setTitle(`Certificate: ${view.moduleTitle}, ${view.learnerName}`, {
		showInWindowTitleBar: true
	});
	doc.setAuthor(view.organisationName);
	doc.setSubject(`Verification code ${view.code}: ${verifyUrl}`);
	doc.setKeywords(['certificate', view.code]);
	doc.setCreator(SITE_NAME);
	doc.setLanguage('en-GB');
	doc.setCreationDate(view.issuedAt);
	doc.setModificationDate(view.issuedAt);

	const page = doc.addPage(A4_LANDSCAPE);
	const [width, height] = A4_LANDSCAPE;
	const ink = rgb(0.1, 0.1, 0.12);
	page.drawRectangle({
		x: MARGIN / 2,
		y: MARGIN / 2,
		width: width - MARGIN,
		height: height - MARGIN,
		borderColor: ink,
		borderWidth: 2
	});
	const usable = width - 3 * MARGIN;
	const laidOut = certificateLines(view, verifyUrl).map((line) => ({
		line,
		...fit(line.text, font, line.size, usable)
	}));
	const total = laidOut.reduce((sum, l) => sum + l.line.gap + l.rows.length * l.size * 1.25, 0);
	let y = height / 2 + total / 2;
	for (const { line, size, rows } of laidOut) {
		y -= line.gap;
		for (const row of rows) {
			y -= size * 1.25;
			const rowWidth = font.widthOfTextAtSize(row, size);
			const x = (width - rowWidth) / 2;
			page.drawText(row, { x, y, size, font, color: ink });
			if (line.link) addLink(page, line.link, x, y - 2, rowWidth, size + 4);
		}
	}
	return doc.save();
}
