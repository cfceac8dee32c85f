import { Deflate } from 'fflate';
import { crc32 } from '$lib/server/interchange/import/zip';

/**
 * Zip files built byte by byte, for packages no honest zip tool writes: sizes that lie, entries
 * that share their bytes, and deflate streams that unpack to a gigabyte of zeros.
 */

export interface RawEntry {
	name: string;
	/** The bytes as stored: deflated when `method` is 8. */
	data: Uint8Array;
	method?: 0 | 8;
	/** The uncompressed size the central directory declares. */
	size: number;
	crc?: number;
	/** Point at another entry's local header (by index) instead of writing one. */
	sharesWith?: number;
}

/**
 * A deflate stream of `megabytes` MB of zeros, built from one flushed megabyte repeated, so that
 * a gigabyte costs a megabyte of memory to make.
 */
export function deflatedZeros(megabytes: number): Uint8Array {
	const parts: Uint8Array[] = [];
	const deflate = new Deflate({ level: 9 }, (chunk) => parts.push(chunk));
	deflate.push(new Uint8Array(1024 * 1024));
	deflate.flush(true);
	const segment = concat(parts);
	// An empty final stored block ends the stream.
	return concat([
		...Array.from({ length: megabytes }, () => segment),
		Uint8Array.of(1, 0, 0, 0xff, 0xff)
	]);
}

export function concat(parts: Uint8Array[]): Uint8Array {
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let at = 0;
	for (const part of parts) {
		out.set(part, at);
		at += part.length;
	}
	return out;
}

export function buildZip(entries: RawEntry[]): Uint8Array {
	const local: Uint8Array[] = [];
	const central: Uint8Array[] = [];
	const offsets: number[] = [];
	let offset = 0;
	for (const entry of entries) {
		const name = new TextEncoder().encode(entry.name);
		const crc = entry.crc ?? crc32(entry.method === 8 ? new Uint8Array() : entry.data);
		const fields = (header: DataView) => {
			header.setUint16(4, 20, true);
			header.setUint16(8, entry.method ?? 0, true);
			header.setUint32(14, crc, true);
			header.setUint32(18, entry.data.length, true);
			header.setUint32(22, entry.size, true);
			header.setUint16(26, name.length, true);
		};
		if (entry.sharesWith === undefined) {
			const header = new Uint8Array(30 + name.length);
			const view = new DataView(header.buffer);
			view.setUint32(0, 0x04034b50, true);
			fields(view);
			header.set(name, 30);
			offsets.push(offset);
			local.push(header, entry.data);
			offset += header.length + entry.data.length;
		} else offsets.push(offsets[entry.sharesWith]);
		const record = new Uint8Array(46 + name.length);
		const view = new DataView(record.buffer);
		view.setUint32(0, 0x02014b50, true);
		view.setUint16(6, 20, true);
		view.setUint16(10, entry.method ?? 0, true);
		view.setUint32(16, crc, true);
		view.setUint32(20, entry.data.length, true);
		view.setUint32(24, entry.size, true);
		view.setUint16(28, name.length, true);
		view.setUint32(42, offsets.at(-1)!, true);
		record.set(name, 46);
		central.push(record);
	}
	const directory = concat(central);
	const end = new DataView(new ArrayBuffer(22));
	end.setUint32(0, 0x06054b50, true);
	end.setUint16(8, entries.length, true);
	end.setUint16(10, entries.length, true);
	end.setUint32(12, directory.length, true);
	end.setUint32(16, offset, true);
	return concat([...local, directory, new Uint8Array(end.buffer)]);
}
