/**
 * Removes the words Pagefind indexes twice, once clean and once with typographic punctuation
 * attached, so that a half-typed word is not answered by the punctuated copy.
 *
 * Pagefind (1.6) indexes each token as its letters and digits, stemmed ("“SCO" → `sco`,
 * "cooperation”" → `cooper`), and, when the token holds punctuation, also as "compound parts" split
 * at ASCII punctuation only. Curly quotes, apostrophes and dashes are not ASCII, so the whole token
 * comes back as one part and is indexed a second time at the same position, unstemmed:
 * `“sco`, `cooperation”`, `russia’`, `tajik–afghan`. At today's size that is 190 of 1,618 words.
 *
 * No query can ask for such a word: Pagefind's search strips dashes, quotes and other punctuation
 * (Unicode Pd, Pe, Pf, Pi, Po, Ps) from what is typed. But a half-typed word still extends to it,
 * and that is what readers saw: "Shanghai Coopera" found the one page with `cooperation”` instead
 * of the 25 that "Shanghai Cooper" and "Shanghai Cooperation" find, and fetched its long result
 * fragment; without the copy, Pagefind falls back to the longest indexed word that starts the term
 * (`cooper`), as it was written to do.
 *
 * A word is removed only if every position it has, in the text and in the metadata, is also held
 * by a word of letters and digits alone, so every page and position a clean query could reach
 * stays reachable.
 */
import type { PackedWord } from './chunks';

/** Punctuation that Pagefind's search removes from a query, so no query can contain it. */
const STRIPPED = /[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/u;
/** A word made of letters and digits only. */
const CLEAN = /^[\p{L}\p{N}]+$/u;

const isInts = (v: unknown): v is number[] => Array.isArray(v) && v.every(Number.isInteger);

/** Positions and fields past these do not occur; an entry that has them is left alone. */
const POSITIONS = 2 ** 24;
const FIELDS = 2 ** 8;

/**
 * Decodes one list of positions: differences from the previous one, restarting from 0 after
 * each negative marker (a weight in the text, a field in the metadata). Calls `add` with the
 * marker's number (0 before any) and the position; false if either is past its limit.
 */
function eachPosition(list: number[], markers: number, add: (marker: number, position: number) => void): boolean {
	let [marker, position] = [0, 0];
	for (const n of list) {
		if (n < 0) [marker, position] = [-n - 1, 0];
		else position += n;
		if (marker >= markers || position >= POSITIONS) return false;
		if (n >= 0) add(marker, position);
	}
	return true;
}

/**
 * Every position of a word as one number each: a page's text positions are positive, its
 * metadata positions (by field) negative. Pagefind writes page numbers as differences from the
 * word's previous page. Null if the entry holds anything else (variant spellings, fields this
 * module does not know), so an entry of unknown shape is never removed.
 */
export function positionKeys([, pages, variants]: PackedWord): number[] | null {
	if (variants !== undefined && !(Array.isArray(variants) && variants.length === 0)) return null;
	const keys: number[] = [];
	let page = 0;
	for (const [delta, locations, meta, ...more] of pages) {
		if (more.length > 0 || (meta !== undefined && !isInts(meta))) return null;
		page += delta;
		const text = eachPosition(locations, Infinity, (_, position) => keys.push(page * POSITIONS + position));
		const fields = eachPosition(meta ?? [], FIELDS, (field, position) => keys.push(-((page * FIELDS + field) * POSITIONS + position) - 1));
		if (!text || !fields) return null;
	}
	return keys;
}

/** The word list without its punctuated duplicates (see above), and the words removed. */
export function dropPunctuatedCopies(words: PackedWord[]): { words: PackedWord[]; dropped: string[] } {
	const candidates = new Map<PackedWord, number[]>();
	for (const word of words) {
		if (!STRIPPED.test(word[0])) continue;
		const keys = positionKeys(word);
		if (keys) candidates.set(word, keys);
	}
	if (candidates.size === 0) return { words, dropped: [] };
	const wanted = new Set([...candidates.values()].flat());
	const held = new Set<number>();
	for (const word of words) {
		if (!CLEAN.test(word[0])) continue;
		for (const key of positionKeys(word) ?? []) if (wanted.has(key)) held.add(key);
	}
	const drop = new Set([...candidates].filter(([, keys]) => keys.every((k) => held.has(k))).map(([word]) => word));
	return { words: words.filter((w) => !drop.has(w)), dropped: [...drop].map(([w]) => w) };
}
