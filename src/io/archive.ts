/**
 * The offline edition as a zip: the built site in one folder, with a README.txt. The same files
 * give the same bytes (entries sorted, one fixed date on every file), so its checksum can be
 * compared across builds. Files are compressed by Node's zlib on its thread pool, a few at a time,
 * and written in order as they are ready, so the archive streams to disk without holding the whole
 * site in memory, and a 10,000-page site uses every core. scripts/package.ts writes it; tests
 * rebuild it to compare.
 */
import { createWriteStream } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { crc32, deflateRaw } from 'node:zlib';
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

async function files(dir: string, prefix = ''): Promise<string[]> {
	const entries = (await readdir(join(dir, prefix), { withFileTypes: true })).sort((a, b) =>
		a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
	);
	const out: string[] = [];
	for (const entry of entries) {
		const path = prefix ? `${prefix}/${entry.name}` : entry.name;
		if (entry.isDirectory()) out.push(...(await files(dir, path)));
		else out.push(path);
	}
	return out;
}

/** Writes the archive of a built site in `dist`, chunk by chunk, to `write`. */
export async function writeArchive(dist: string, write: (chunk: Uint8Array) => void | Promise<void>): Promise<void> {
	const names = (await files(dist)).filter((n) => n !== ARCHIVE && n !== `${ARCHIVE}.sha256` && !SERVER_ONLY.has(n));
	const sources: { name: string; load: () => Promise<Uint8Array> }[] = [
		...names.map((name) => ({ name: `${FOLDER}/${name}`, load: () => readFile(join(dist, name)) })),
		{ name: `${FOLDER}/README.txt`, load: async () => new TextEncoder().encode(README) },
	].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	const compress = async ({ name, load }: (typeof sources)[number]) => {
		const bytes = await load();
		return { name, bytes, data: await deflate(bytes, { level: 9 }), crc: crc32(bytes) };
	};
	const entries: ZipEntry[] = [];
	let offset = 0;
	const pending = sources.slice(0, WINDOW).map(compress);
	for (let i = 0; i < sources.length; i++) {
		const next = sources[i + WINDOW];
		if (next) pending.push(compress(next));
		const { name, bytes, data, crc } = await pending[i]!;
		// Deflate can only lose on data that is already compressed; such files are stored as they are.
		const stored = data.length >= bytes.length;
		const entry: ZipEntry = {
			name,
			crc,
			size: bytes.length,
			compressedSize: stored ? bytes.length : data.length,
			method: stored ? 0 : 8,
			offset,
		};
		const head = localHeader(entry);
		await write(head);
		await write(stored ? bytes : data);
		offset += head.length + entry.compressedSize;
		entries.push(entry);
		pending[i] = undefined as never;
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
export async function writeArchiveFile(dist: string, file: string): Promise<void> {
	const out = createWriteStream(file);
	await writeArchive(dist, (chunk) => (out.write(chunk) ? undefined : new Promise<void>((resolve) => out.once('drain', () => resolve()))));
	await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}
