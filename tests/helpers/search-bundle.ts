import { decode } from 'cbor2';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { PagefindEntry } from '../../src/io/search-index';
import { payload, type MetaChunk, type PackedWord } from '../../src/lib/search/chunks';

/** The bytes of one file of a built search bundle, read back out of its wrapper script. */
export function readWrapped(site: string, path: string): Buffer {
	const script = readFileSync(join(site, 'pagefind', `${path}.js`), 'utf8');
	const data = JSON.parse(/\]=(.*);\s*$/s.exec(script)![1]!) as string | { text: string };
	return typeof data === 'string' ? Buffer.from(data, 'base64') : Buffer.from(data.text);
}

/** A Pagefind data file's payload: gunzipped, without its signature. */
function body(compressed: Buffer): Uint8Array {
	return payload(gunzipSync(compressed), 'a Pagefind data file');
}

export function entry(site: string): PagefindEntry {
	return JSON.parse(readWrapped(site, 'pagefind-entry.json').toString());
}

function meta(site: string): unknown[] {
	return decode(body(readWrapped(site, `pagefind.${entry(site).languages['en']!.hash}.pf_meta`))) as unknown[];
}

/** The word-index chunk list of the English index: [from, to, name]. */
export function metaChunks(site: string): MetaChunk[] {
	return meta(site)[2] as MetaChunk[];
}

/** Every word of the English index, with its pages, in index order. */
export function indexWords(site: string): PackedWord[] {
	return metaChunks(site).flatMap(([, , name]) => (decode(body(readWrapped(site, `index/${name}.pf_index`))) as [PackedWord[]])[0]);
}

/** The file of each filter of the English index, by the filter's name. */
export function filterFiles(site: string): Record<string, string> {
	return Object.fromEntries(meta(site)[3] as [string, string][]);
}

/** Every result fragment of a built search bundle, decoded; of one language's index where it is named (`en`, `ru`, `zh-cn`). */
export function fragments(site: string, language?: string): Record<string, unknown>[] {
	return (readdirSync(join(site, 'pagefind', 'fragment'), { recursive: true }) as string[])
		.filter((f) => f.endsWith('.js') && (language === undefined || f.startsWith(`${language}_`)))
		.map(
			(f) => JSON.parse(new TextDecoder().decode(body(readWrapped(site, `fragment/${f.replace(/\.js$/, '')}`)))) as Record<string, unknown>,
		);
}

/** The text Pagefind indexed, page by page, as its result fragments carry it (the English index unless told). */
export function indexedText(site: string, language = 'en'): string {
	return fragments(site, language)
		.map((f) => f['content'] as string)
		.join('\n');
}

/** Rust's `str::get(0..n)` on UTF-8 bytes: undefined unless `n` falls on a character boundary. */
function head(bytes: Buffer, n: number): Buffer | undefined {
	const cut = bytes.subarray(0, n);
	return n < bytes.length && (bytes[n]! & 0xc0) === 0x80 ? undefined : cut;
}

/**
 * A model of how Pagefind's engine (pagefind_web's `request_indexes`) picks the chunk for one
 * query term: the first whose range holds the term, comparing UTF-8 bytes; only when no term of
 * the query has one, the first whose range holds it with both trimmed to the shorter length.
 */
export function chunkFor(chunks: MetaChunk[], term: string, loose = false): string | undefined {
	const t = Buffer.from(term);
	const found = chunks.find(([from, to]) => {
		const f = Buffer.from(from);
		const e = Buffer.from(to);
		if (!loose) return Buffer.compare(t, f) >= 0 && Buffer.compare(t, e) <= 0;
		const [tf, ff] = [head(t, Math.min(t.length, f.length)), head(f, Math.min(t.length, f.length))];
		const [te, ee] = [head(t, Math.min(t.length, e.length)), head(e, Math.min(t.length, e.length))];
		return !!tf && !!ff && !!te && !!ee && Buffer.compare(tf, ff) >= 0 && Buffer.compare(te, ee) <= 0;
	});
	return found?.[2];
}

/** The chunks Pagefind loads for a whole query: each term's, or if none has one, the loose match. */
export function chunksFor(chunks: MetaChunk[], query: string): string[] {
	const terms = query.split(' ');
	let names = terms.map((t) => chunkFor(chunks, t)).filter((n) => n !== undefined);
	if (names.length === 0 && query.trim() !== '') names = terms.map((t) => chunkFor(chunks, t, true)).filter((n) => n !== undefined);
	return [...new Set(names)].sort();
}
