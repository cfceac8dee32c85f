import { Inflate } from 'fflate';
import { ImportFileError } from './model';

/**
 * A zip file read with distrust: its central directory is read first and the package refused when
 * it lists too many files, declares more than a question package could hold, or declares a
 * compression ratio no text reaches. Each file is then inflated a few kilobytes at a time, and
 * refused the moment it yields more than it declared, so a package that lies about its sizes is
 * stopped before it holds more than one small chunk beyond its limit.
 */

export interface ZipLimits {
	/** Files listed in the central directory. */
	maxEntries: number;
	/** Uncompressed bytes of all the files together, declared and actual. */
	maxTotalBytes: number;
	/** Uncompressed size over compressed size, for files large enough for it to matter. */
	maxRatio: number;
}

export const ZIP_LIMITS: ZipLimits = {
	maxEntries: 5000,
	maxTotalBytes: 50 * 1024 * 1024,
	maxRatio: 100
};

/** Below this size a file's ratio says nothing: a few hundred zeros compress a hundredfold. */
const RATIO_FLOOR = 1024 * 1024;
/** Compressed bytes inflated at a time: at most about a thousand times as much comes out. */
const CHUNK = 4096;

const MB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

interface Entry {
	name: string;
	method: number;
	crc: number;
	compressedSize: number;
	size: number;
	localOffset: number;
}

export interface ZipPackage {
	/** Every file's path, as the zip names it (folders end in `/`). */
	names: string[];
	has(name: string): boolean;
	/** The file's bytes; throws an ImportFileError when it cannot be read within the limits. */
	read(name: string): Uint8Array;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

export function crc32(bytes: Uint8Array): number {
	let crc = 0xffffffff;
	for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
	return (crc ^ 0xffffffff) >>> 0;
}

/** An inflated file that came out larger than it said: stops the inflater at once. */
class Overrun extends Error {}

export function openZip(bytes: Uint8Array, file: string, limits = ZIP_LIMITS): ZipPackage {
	const damaged = (why: string) =>
		new ImportFileError(
			`${file} is not a readable zip file (${why}). It may be damaged or cut short: export the package again.`
		);
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const u16 = (at: number) => view.getUint16(at, true);
	const u32 = (at: number) => view.getUint32(at, true);

	let end = -1;
	for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--)
		if (u32(at) === 0x06054b50) {
			end = at;
			break;
		}
	if (end === -1) throw damaged('its table of contents is missing');
	const count = u16(end + 10);
	const directorySize = u32(end + 12);
	const directoryOffset = u32(end + 16);
	if (count === 0xffff || directoryOffset === 0xffffffff)
		throw new ImportFileError(
			`${file} is a ZIP64 archive, made for files larger than any question package; it is not read.`
		);
	if (count > limits.maxEntries)
		throw new ImportFileError(
			`${file} holds ${count.toLocaleString('en-GB')} files; packages of up to ${limits.maxEntries.toLocaleString('en-GB')} files are read.`
		);
	if (directoryOffset + directorySize > end) throw damaged('its table of contents is cut short');

	const entries = new Map<string, Entry>();
	let declaredTotal = 0;
	let at = directoryOffset;
	for (let n = 0; n < count; n++) {
		if (at + 46 > end || u32(at) !== 0x02014b50) throw damaged('its table of contents is damaged');
		const flags = u16(at + 8);
		const nameLength = u16(at + 28);
		const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
		const entry: Entry = {
			name,
			method: u16(at + 10),
			crc: u32(at + 16),
			compressedSize: u32(at + 20),
			size: u32(at + 24),
			localOffset: u32(at + 42)
		};
		at += 46 + nameLength + u16(at + 30) + u16(at + 32);
		if (flags & 1) throw new ImportFileError(`${file}: ${name} is encrypted; it cannot be read.`);
		declaredTotal += entry.size;
		if (declaredTotal > limits.maxTotalBytes)
			throw new ImportFileError(
				`${file} would unpack to more than ${MB(limits.maxTotalBytes)}; packages that unpack to at most ${MB(limits.maxTotalBytes)} are read.`
			);
		if (entry.size > RATIO_FLOOR && entry.size > entry.compressedSize * limits.maxRatio)
			throw new ImportFileError(
				`${file}: ${name} is compressed more than ${limits.maxRatio} to 1, far beyond what questions compress to, so the package is refused as a possible zip bomb.`
			);
		entries.set(name, entry);
	}

	let inflatedTotal = 0;
	const cache = new Map<string, Uint8Array>();

	function inflate(entry: Entry, data: Uint8Array): Uint8Array {
		const out = new Uint8Array(entry.size);
		let size = 0;
		const inflater = new Inflate((chunk) => {
			if (size + chunk.length > entry.size) throw new Overrun();
			out.set(chunk, size);
			size += chunk.length;
		});
		try {
			for (let i = 0; i < data.length; i += CHUNK)
				inflater.push(data.subarray(i, i + CHUNK), i + CHUNK >= data.length);
		} catch (e) {
			if (e instanceof Overrun)
				throw new ImportFileError(
					`${file}: ${entry.name} unpacks to more than the ${entry.size.toLocaleString('en-GB')} bytes it declares, so the package is refused as a possible zip bomb.`
				);
			throw damaged(`${entry.name} cannot be unpacked`);
		}
		if (size !== entry.size) throw damaged(`${entry.name} is shorter than it declares`);
		return out;
	}

	function read(name: string): Uint8Array {
		const cached = cache.get(name);
		if (cached) return cached;
		const entry = entries.get(name);
		if (!entry) throw new ImportFileError(`${file} holds no file ${name}.`);
		const local = entry.localOffset;
		if (local + 30 > bytes.length || u32(local) !== 0x04034b50)
			throw damaged(`${entry.name} is not where the table of contents says`);
		const start = local + 30 + u16(local + 26) + u16(local + 28);
		if (start + entry.compressedSize > bytes.length) throw damaged(`${entry.name} is cut short`);
		// Files that share their bytes (an overlapping-entry bomb) still count once each.
		if (inflatedTotal + entry.size > limits.maxTotalBytes)
			throw new ImportFileError(
				`${file} unpacks to more than ${MB(limits.maxTotalBytes)}; packages that unpack to at most ${MB(limits.maxTotalBytes)} are read.`
			);
		const data = bytes.subarray(start, start + entry.compressedSize);
		let content: Uint8Array;
		if (entry.method === 0) {
			if (data.length !== entry.size) throw damaged(`${entry.name} is not the size it declares`);
			content = data;
		} else if (entry.method === 8) content = inflate(entry, data);
		else
			throw new ImportFileError(
				`${file}: ${entry.name} is compressed with a method other than deflate; save the package with ordinary zip compression.`
			);
		if (crc32(content) !== entry.crc) throw damaged(`${entry.name} fails its checksum`);
		inflatedTotal += entry.size;
		cache.set(name, content);
		return content;
	}

	return { names: [...entries.keys()], has: (name) => entries.has(name), read };
}
