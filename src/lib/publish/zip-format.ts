/**
 * The records of a zip file (PKWARE APPNOTE 4.3): a local header before each entry's data, a
 * central directory, and its end record. Plain zip, deflate or stored, UTF-8 names, one fixed date;
 * no zip64, so at most 65,535 entries and 4 GiB. Pure: src/io/archive.ts compresses and writes.
 */

export interface ZipEntry {
	/** Path inside the archive, with `/` separators. */
	name: string;
	/** CRC-32 of the uncompressed bytes. */
	crc: number;
	size: number;
	compressedSize: number;
	/** 8 for deflate, 0 for stored. */
	method: 0 | 8;
	/** Offset of the entry's local header in the archive. */
	offset: number;
}

/** 2025-01-01 12:00 in MS-DOS form: zip dates carry no time zone, and noon stays on one day everywhere. */
const DOS_TIME = 12 << 11;
const DOS_DATE = ((2025 - 1980) << 9) | (1 << 5) | 1;
/** Bit 11: the name is UTF-8. */
const FLAGS = 0x0800;
const MAX = 0xffff;

function header(entry: ZipEntry, central: boolean): Uint8Array {
	const name = new TextEncoder().encode(entry.name);
	const fixed = central ? 46 : 30;
	const out = new Uint8Array(fixed + name.length);
	const view = new DataView(out.buffer);
	let at = 0;
	const u16 = (v: number) => (view.setUint16(at, v, true), (at += 2));
	const u32 = (v: number) => (view.setUint32(at, v >>> 0, true), (at += 4));
	u32(central ? 0x02014b50 : 0x04034b50);
	if (central) u16(20); // made by: version 2.0
	u16(20); // needed to extract: version 2.0
	u16(FLAGS);
	u16(entry.method);
	u16(DOS_TIME);
	u16(DOS_DATE);
	u32(entry.crc);
	u32(entry.compressedSize);
	u32(entry.size);
	u16(name.length);
	u16(0); // extra field
	if (central) {
		u16(0); // comment
		u16(0); // disk
		u16(0); // internal attributes
		u32(0); // external attributes
		u32(entry.offset);
	}
	out.set(name, fixed);
	return out;
}

/** The header written before an entry's data. */
export function localHeader(entry: ZipEntry): Uint8Array {
	return header(entry, false);
}

/** The central directory and end record, written after every entry. */
export function centralDirectory(entries: ZipEntry[], offset: number): Uint8Array {
	if (entries.length > MAX)
		throw new Error(`the archive would hold ${entries.length} files; plain zip holds at most ${MAX} (zip64 would be needed)`);
	const records = entries.map((e) => header(e, true));
	const size = records.reduce((sum, r) => sum + r.length, 0);
	const end = new Uint8Array(22);
	const view = new DataView(end.buffer);
	view.setUint32(0, 0x06054b50, true);
	view.setUint16(8, entries.length, true);
	view.setUint16(10, entries.length, true);
	view.setUint32(12, size, true);
	view.setUint32(16, offset, true);
	const out = new Uint8Array(size + end.length);
	let at = 0;
	for (const r of records) {
		out.set(r, at);
		at += r.length;
	}
	out.set(end, at);
	return out;
}
