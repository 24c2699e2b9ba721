/**
 * Re-splits Pagefind's word index into smaller chunks, so that a reader's first query downloads
 * a few kilobytes of index instead of a third of it.
 *
 * Pagefind cuts its index every 20,000 word locations, wherever that falls in the sorted word
 * list (a constant in its Rust source, not an option). On this site that makes three chunks of
 * about 28 KiB gzip, and any one-word query needs one whole chunk. Here the same words are cut
 * into small chunks where neighbouring words share as short a prefix as possible, so that a
 * half-typed word still finds all its extensions in the one chunk Pagefind loads for it
 * (src/lib/search/chunk-plan.ts).
 *
 * Pagefind's wasm reads the chunk list from its metadata file and, for each query term, loads
 * the first chunk whose `from`..`to` range holds the term. Its own ranges name the first and last
 * word, which leaves gaps: "memo" sorts before "memorandum", so a query that typed "memo" when
 * that word began a chunk loaded nothing for it. The ranges written here tile the whole space of
 * terms instead.
 *
 * Nothing here changes what Pagefind indexed, except that the copies of words it indexes with
 * typographic punctuation attached are left out (src/lib/search/words.ts): the other word entries,
 * byte for byte, are only regrouped. Every file is checked to decode and re-encode to exactly its
 * own bytes before it is touched, so a change in Pagefind's format stops the build instead of
 * breaking search.
 */
import { createHash } from 'node:crypto';
import { decode, encode } from 'cbor2';
import { CHUNK_WEIGHT, chunkRanges, planChunks } from './chunk-plan';
import { dropPunctuatedCopies } from './words';

/** Pagefind prefixes every decompressed index file with this signature. */
export const SIGNATURE = 'pagefind_dcd';

/**
 * One page's entry for a word: the page (as a difference from the word's previous page), the
 * word's positions with weight markers, then fields this module only carries along.
 */
export type PackedPage = [page: number, locations: number[], ...rest: unknown[]];
/**
 * One word of the index and every page it is on, then fields carried along. Each word's entry is
 * self-contained (its page numbers are differences within its own list), which is what makes
 * regrouping words safe.
 */
export type PackedWord = [word: string, pages: PackedPage[], ...rest: unknown[]];
/** An entry of the metadata's chunk list. */
export type MetaChunk = [from: string, to: string, hash: string];

const utf8 = new TextEncoder();
const compareBytes = (a: string, b: string) => Buffer.compare(utf8.encode(a), utf8.encode(b));

/** A decompressed Pagefind data file without its signature; throws if the signature is missing. */
export function payload(bytes: Uint8Array, what: string): Uint8Array {
	if (new TextDecoder().decode(bytes.subarray(0, SIGNATURE.length)) !== SIGNATURE) {
		throw new Error(`${what} does not start with Pagefind's "${SIGNATURE}" signature`);
	}
	return bytes.subarray(SIGNATURE.length);
}

export function withSignature(body: Uint8Array): Uint8Array {
	return Buffer.concat([utf8.encode(SIGNATURE), body]);
}

/** Decodes a CBOR body and proves that encoding the result gives back exactly the same bytes. */
export function decodeExactly(body: Uint8Array, what: string): unknown {
	const value = decode(body);
	if (!Buffer.from(encode(value)).equals(Buffer.from(body))) {
		throw new Error(`${what} does not re-encode to its own bytes`);
	}
	return value;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isPage = (p: unknown): p is PackedPage =>
	Array.isArray(p) && Number.isInteger(p[0]) && Array.isArray(p[1]) && p[1].every(Number.isInteger);
const isWord = (v: unknown): v is PackedWord => Array.isArray(v) && isString(v[0]) && Array.isArray(v[1]) && v[1].every(isPage);

export interface SplitInput {
	/** Pagefind's version, as the metadata records it. */
	version: string;
	/** The language prefix of chunk names (`en` in `en_5ba44f8`). */
	language: string;
	/** The decompressed metadata file (`pagefind.<hash>.pf_meta`). */
	meta: Uint8Array;
	/** Every decompressed word-index chunk, by the name the metadata lists it under. */
	chunks: ReadonlyMap<string, Uint8Array>;
	limit?: number;
}
export interface SplitOutput {
	/** The decompressed metadata, naming the new chunks. */
	meta: Uint8Array;
	/** The name of the metadata file's hash, `<language>_<10 hex digits>`. */
	metaHash: string;
	/** The decompressed chunks, by name, in word order. */
	chunks: Map<string, Uint8Array>;
	/** The words of each new chunk, in order (for reporting and tests). */
	plan: PackedWord[][];
	/** Words left out as punctuated copies of clean ones (src/lib/search/words.ts). */
	dropped: string[];
}

/**
 * Regroups one language's index. Throws, saying what no longer holds, if the files are not in
 * the format this was written against (Pagefind 1.6's metadata and word-index CBOR).
 */
export function splitIndex({ version, language, meta, chunks, limit = CHUNK_WEIGHT }: SplitInput): SplitOutput {
	const metadata = decodeExactly(payload(meta, 'the metadata'), 'the metadata');
	// Only the version (first) and the chunk list (third) are read; every other field is kept as is.
	if (!Array.isArray(metadata) || metadata[0] !== version || !Array.isArray(metadata[2])) {
		throw new Error(`the metadata is not [version "${version}", pages, chunks, …]`);
	}
	const listed = metadata[2] as unknown[];
	if (!listed.every((c) => Array.isArray(c) && c.length === 3 && c.every(isString))) {
		throw new Error("the metadata's chunk list is not [from, to, name] triples");
	}
	const names = (listed as MetaChunk[]).map(([, , name]) => name);
	const unlisted = [...chunks.keys()].filter((name) => !names.includes(name));
	if (unlisted.length > 0) throw new Error(`index chunks not in the metadata: ${unlisted.join(', ')}`);

	const words: PackedWord[] = [];
	for (const name of names) {
		const bytes = chunks.get(name);
		if (!bytes) throw new Error(`the metadata lists index chunk ${name}, which is missing`);
		const index = decodeExactly(payload(bytes, `index chunk ${name}`), `index chunk ${name}`);
		if (!Array.isArray(index) || index.length !== 1 || !Array.isArray(index[0]) || !index[0].every(isWord)) {
			throw new Error(`index chunk ${name} is not [[[word, [[page, locations, …], …], …], …]]`);
		}
		words.push(...(index[0] as PackedWord[]));
	}
	for (let i = 1; i < words.length; i++) {
		// The ranges below assume Pagefind's order: strictly ascending by UTF-8 bytes, as Rust sorts.
		if (compareBytes(words[i - 1]![0], words[i]![0]) >= 0) {
			throw new Error(`index words are not in ascending order at "${words[i - 1]![0]}", "${words[i]![0]}"`);
		}
	}

	const { words: kept, dropped } = dropPunctuatedCopies(words);
	const plan = planChunks(kept, limit);
	const ranges = chunkRanges(plan);
	const out = new Map<string, Uint8Array>();
	const list: MetaChunk[] = plan.map((chunk, i) => {
		const bytes = withSignature(encode([chunk]));
		const hash = createHash('sha256').update(bytes).digest('hex');
		// Pagefind's naming: language, underscore, seven hex digits, longer only on a collision.
		let length = 7;
		while (out.has(`${language}_${hash.slice(0, length)}`)) length++;
		const name = `${language}_${hash.slice(0, length)}`;
		out.set(name, bytes);
		return [ranges[i]![0], ranges[i]![1], name];
	});
	const newMeta = withSignature(encode(metadata.map((field, i) => (i === 2 ? list : field))));
	const metaHash = `${language}_${createHash('sha256').update(newMeta).digest('hex').slice(0, 10)}`;
	return { meta: newMeta, metaHash, chunks: out, plan, dropped };
}
