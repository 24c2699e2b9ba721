/**
 * Re-splits Pagefind's word index into smaller chunks, so that a reader's first query downloads
 * a few kilobytes of index instead of a third of it.
 *
 * Pagefind cuts its index every 20,000 word locations, wherever that falls in the sorted word
 * list (a constant in its Rust source, not an option). On this site that makes three chunks of
 * about 28 KiB gzip, and any one-word query needs one whole chunk. Here the same words are cut
 * into chunks of at most {@link CHUNK_WEIGHT} locations, and each cut is made where neighbouring
 * words share as short a prefix as possible (usually where the first letter changes), so that a
 * half-typed word still finds all its extensions in the one chunk Pagefind loads for it.
 *
 * Pagefind's wasm reads the chunk list from its metadata file and, for each query term, loads
 * the first chunk whose `from`..`to` range holds the term. Its own ranges name the first and last
 * word, which leaves gaps: "memo" sorts before "memorandum", so a query that typed "memo" when
 * that word began a chunk loaded nothing for it. The ranges written here tile the whole space of
 * terms instead.
 *
 * Nothing here changes what Pagefind indexed, except that the copies of words it indexes with
 * typographic punctuation attached are left out (src/lib/search-words.ts): the other word entries,
 * byte for byte, are only regrouped. Every file is checked to decode and re-encode to exactly its own bytes before it is
 * touched, so a change in Pagefind's format stops the build instead of breaking search.
 */
import { createHash } from 'node:crypto';
import { decode, encode } from 'cbor2';
import { dropPunctuatedCopies } from './search-words';

/** Pagefind prefixes every decompressed index file with this signature. */
export const SIGNATURE = 'pagefind_dcd';

/**
 * Most word locations per chunk, in Pagefind's own measure (a word's locations on each page plus
 * one per page). A fifth of Pagefind's 20,000: on this site about 6 KiB gzip at most, so a
 * first query stays well under 100 KB while a three-word query still needs at most three small
 * files.
 */
export const CHUNK_WEIGHT = 4000;

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

/** The highest code point: no term a reader types sorts after a string ending in it. */
const AFTER = '\u{10FFFF}';

export function wordWeight([, pages]: PackedWord): number {
	return pages.reduce((sum, [, locations]) => sum + locations.length + 1, 0);
}

/** Length, in code points, of the prefix two words share. */
export function sharedPrefix(a: string, b: string): number {
	const x = [...a];
	const y = [...b];
	let i = 0;
	while (i < x.length && i < y.length && x[i] === y[i]) i++;
	return i;
}

/**
 * Cuts a sorted word list into chunks of at most `limit` weight. When a chunk would overflow,
 * it is cut at the boundary inside it where the neighbours share the shortest prefix (the latest
 * such boundary, to keep chunks full). A single word heavier than the limit gets a chunk of its own.
 */
export function planChunks(words: PackedWord[], limit = CHUNK_WEIGHT): PackedWord[][] {
	const chunks: PackedWord[][] = [];
	let current: PackedWord[] = [];
	let weight = 0;
	for (const word of words) {
		const w = wordWeight(word);
		// A cut can leave a tail that still overflows with this word: cut again until it fits.
		while (current.length > 0 && weight + w > limit) {
			let cut = current.length;
			let depth = sharedPrefix(current[current.length - 1]![0], word[0]);
			for (let i = current.length - 1; i >= 1 && depth > 0; i--) {
				const d = sharedPrefix(current[i - 1]![0], current[i]![0]);
				if (d < depth) [cut, depth] = [i, d];
			}
			chunks.push(current.slice(0, cut));
			current = current.slice(cut);
			weight = current.reduce((sum, x) => sum + wordWeight(x), 0);
		}
		current.push(word);
		weight += w;
	}
	if (current.length > 0) chunks.push(current);
	return chunks;
}

/**
 * The string between two neighbouring chunks: the words' shared prefix, then the character just
 * before the later word's next character, then the highest code point. It sorts after the earlier
 * word and everything that extends it, and before the later word and every prefix of it that the
 * two do not share, so any term a reader types falls in exactly one chunk's range.
 */
export function boundary(earlier: string, later: string): string {
	const chars = [...later];
	const shared = sharedPrefix(earlier, later);
	let code = chars[shared]!.codePointAt(0)! - 1;
	if (code >= 0xd800 && code <= 0xdfff) code = 0xd7ff;
	return chars.slice(0, shared).join('') + String.fromCodePoint(code) + AFTER;
}

/**
 * The `from`..`to` ranges for consecutive chunks, tiling every possible term from the empty
 * string to the highest code point. Neighbours share their boundary string; Pagefind takes the
 * first range that holds a term, and no word starts with a boundary string.
 */
export function chunkRanges(chunks: PackedWord[][]): [from: string, to: string][] {
	const bounds = chunks.slice(1).map((chunk, i) => boundary(chunks[i]!.at(-1)![0], chunk[0]![0]));
	return chunks.map((_, i) => [i === 0 ? '' : bounds[i - 1]!, i === chunks.length - 1 ? AFTER : bounds[i]!]);
}

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
	/** Words left out as punctuated copies of clean ones (src/lib/search-words.ts). */
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
