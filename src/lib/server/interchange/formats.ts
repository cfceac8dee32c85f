import { writeGift } from './gift/write';
import type { InterchangeSet } from './model';
import { writeMoodleXml } from './moodle/write';
import { writeContentPack } from './pack/write';
import { writeQtiPackage } from './qti/write';

export interface BankFormatSpec {
	label: string;
	/** Ends the file name: `surgery.moodle.xml`. */
	extension: string;
	contentType: string;
	write: (set: InterchangeSet, now: Date) => string | Uint8Array;
}

/** The formats a bank is exported in, by the name routes and the command line use. */
export const BANK_FORMATS = {
	moodle: {
		label: 'Moodle XML',
		extension: 'moodle.xml',
		contentType: 'application/xml; charset=utf-8',
		write: (set) => writeMoodleXml(set)
	},
	gift: {
		label: 'GIFT',
		extension: 'gift.txt',
		contentType: 'text/plain; charset=utf-8',
		write: (set) => writeGift(set)
	},
	qti: {
		label: 'QTI 3.0 package',
		extension: 'qti.zip',
		contentType: 'application/zip',
		write: (set) => writeQtiPackage(set)
	},
	pack: {
		label: 'Content pack (JSON)',
		extension: 'pack.json',
		contentType: 'application/json; charset=utf-8',
		write: (set, now) => writeContentPack(set, now)
	}
} satisfies Record<string, BankFormatSpec>;

export type BankFormat = keyof typeof BANK_FORMATS;

export const BANK_FORMAT_NAMES = Object.keys(BANK_FORMATS) as BankFormat[];

export function isBankFormat(name: string): name is BankFormat {
	return Object.hasOwn(BANK_FORMATS, name);
}

export function bankExportFilename(name: string, format: BankFormat): string {
	return `${name}.${BANK_FORMATS[format].extension}`;
}
