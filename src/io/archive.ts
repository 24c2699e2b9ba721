/**
 * The offline edition as a zip: the built site in one folder, with a README.txt. The same files
 * give the same bytes (entries sorted, one fixed date on every file), so its checksum can be
 * compared across builds. Files are compressed by Node's zlib on its thread pool, a few at a time,
 * and written in order as they are ready, so the archive streams to disk without holding the whole
 * site in memory, and a 10,000-page site uses every core. scripts/package.ts writes it; tests
 * rebuild it to compare.
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { crc32, deflateRaw } from 'node:zlib';
import { inBatches } from './batches';
import { centralDirectory, localHeader, type ZipEntry } from '../lib/publish/zip-format';
import { LOCALES, translator } from '../lib/i18n';

export const ARCHIVE = 'ct-reference-offline.zip';
const FOLDER = 'ct-reference-offline';
const deflate = promisify(deflateRaw);
/**
 * Files only a web server uses: it shows 404.html at whatever address was not found, so its links
 * are from the site's root, which on disk is the root of the drive. Nothing on disk opens it.
 */
const SERVER_ONLY = new Set(['404.html']);
/** Files in flight at once: enough to keep the thread pool busy, few enough to bound memory. */
const WINDOW = 16;

/** The archive's README.txt: the same text in each language, one after the other. */
const README = LOCALES.map((locale) => translator(locale)('offline.readme', { folder: FOLDER })).join('\n\n\n') + '\n';

/** Every file under `dir`, sorted, but those under the folders `skip` names. */
async function files(dir: string, skip: string[] = [], prefix = ''): Promise<string[]> {
	const entries = (await readdir(join(dir, prefix), { withFileTypes: true })).sort((a, b) =>
		a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
	);
	const out: string[] = [];
	for (const entry of entries) {
		const path = prefix ? `${prefix}/${entry.name}` : entry.name;
		if (entry.isDirectory()) {
			if (!skip.includes(path)) out.push(...(await files(dir, skip, path)));
		} else out.push(path);
	}
	return out;
}

/** A file as the archive holds it: deflated, or stored where deflate would only add. */
interface Packed {
	crc: number;
	size: number;
	method: 0 | 8;
	data: Uint8Array;
}

async function pack(load: () => Promise<Uint8Array>): Promise<Packed> {
	const bytes = await load();
	const data = await deflate(bytes, { level: 9 });
	// Deflate can only lose on data that is already compressed; such files are stored as they are.
	const stored = data.length >= bytes.length;
	return { crc: crc32(bytes), size: bytes.length, method: stored ? 0 : 8, data: stored ? bytes : data };
}

/**
 * Starts packing a built site's files now, all but those under `later` (folders another step is
 * still writing: the search index), so that the archive's compression runs while that step does.
 * `writeArchive` takes what is ready and packs the rest. Holds the packed site in memory, about
 * the archive's size.
 */
export function packAhead(dist: string, later: string[]): Promise<Map<string, Packed>> {
	return (async () => {
		const packed = new Map<string, Packed>();
		const names = (await files(dist, later)).filter((n) => !excluded(n));
		await inBatches(names, async (name) => void packed.set(`${FOLDER}/${name}`, await pack(() => readFile(join(dist, name)))), WINDOW);
		return packed;
	})();
}

const excluded = (name: string) => name === ARCHIVE || name === `${ARCHIVE}.sha256` || SERVER_ONLY.has(name);

/**
 * Writes the archive of a built site in `dist`, chunk by chunk, to `write`; files already packed
 * (`packAhead`) are taken as they are.
 */
export async function writeArchive(
	dist: string,
	write: (chunk: Uint8Array) => void | Promise<void>,
	ahead: Map<string, Packed> = new Map(),
): Promise<void> {
	const names = (await files(dist)).filter((n) => !excluded(n));
	const sources: { name: string; load: () => Promise<Uint8Array> }[] = [
		...names.map((name) => ({ name: `${FOLDER}/${name}`, load: () => readFile(join(dist, name)) })),
		{ name: `${FOLDER}/README.txt`, load: async () => new TextEncoder().encode(README) },
	].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	const packOf = ({ name, load }: (typeof sources)[number]) => {
		const ready = ahead.get(name);
		return ready ? Promise.resolve(ready) : pack(load);
	};
	const entries: ZipEntry[] = [];
	let offset = 0;
	const pending = sources.slice(0, WINDOW).map(packOf);
	for (let i = 0; i < sources.length; i++) {
		const next = sources[i + WINDOW];
		if (next) pending.push(packOf(next));
		const { crc, size, method, data } = await pending[i]!;
		const entry: ZipEntry = { name: sources[i]!.name, crc, size, compressedSize: data.length, method, offset };
		const head = localHeader(entry);
		await write(head);
		await write(data);
		offset += head.length + entry.compressedSize;
		entries.push(entry);
		pending[i] = undefined as never;
		ahead.delete(entry.name);
	}
	await write(centralDirectory(entries, offset));
}

/** The archive as bytes, for tests that compare it with the shipped file. */
export async function archiveBytes(dist: string): Promise<Buffer> {
	const chunks: Uint8Array[] = [];
	await writeArchive(dist, (chunk) => void chunks.push(chunk));
	return Buffer.concat(chunks);
}

/** Writes the archive to a file, as a stream. */
export async function writeArchiveFile(dist: string, file: string, ahead?: Map<string, Packed>): Promise<void> {
	const out = createWriteStream(file);
	await writeArchive(
		dist,
		(chunk) => (out.write(chunk) ? undefined : new Promise<void>((resolve) => out.once('drain', () => resolve()))),
		ahead,
	);
	await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

/**
 * Writes the offline edition into `dist`: the archive and its SHA-256 beside it, which readers
 * compare with the published one. Returns the line the build logs.
 */
export async function packageSite(dist: string, ahead?: Map<string, Packed>): Promise<string> {
	const file = join(dist, ARCHIVE);
	await writeArchiveFile(dist, file, ahead);
	const hash = createHash('sha256');
	for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
	const sha256 = hash.digest('hex');
	await writeFile(join(dist, `${ARCHIVE}.sha256`), `${sha256}  ${ARCHIVE}\n`);
	return `${ARCHIVE}: ${((await stat(file)).size / 1024).toFixed(0)} KiB, sha256 ${sha256}`;
}
