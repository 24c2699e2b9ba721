/**
 * Where Pagefind's sorted word list is cut into chunks, and the term ranges that point Pagefind
 * at them (src/lib/search/chunks.ts does the rest). Pagefind loads one chunk per query term, the
 * first whose range holds the term, so a half-typed word finds only the extensions that share
 * its chunk: cuts fall where neighbouring words share as short a prefix as possible, usually
 * where the first letter changes.
 */
import type { PackedWord } from './chunks';
import { ABBREVIATION_LETTERS } from './keys';

/**
 * Most word locations per chunk, in Pagefind's own measure (a word's locations on each page plus
 * one per page). A fifth of Pagefind's 20,000: on this site about 6 KiB gzip at most, so a
 * first query stays well under 100 KB while a three-word query still needs at most three small
 * files.
 */
export const CHUNK_WEIGHT = 4000;

/**
 * The share of {@link CHUNK_WEIGHT} each language's index is cut to, where not the whole. A
 * Chinese query is several words however it is typed (the browser segments it), and each word
 * loads a chunk; Russian words change their chunk often as their endings are typed. Smaller
 * chunks keep a long name typed letter by letter within the first query's budget
 * (docs/performance.md).
 */
export const CHUNK_SHARE: Readonly<Record<string, number>> = { ru: 0.6, 'zh-cn': 0.35 };

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
 * Prefixes of this many letters or more find all their words in one chunk wherever they can:
 * shorter typed queries are read as abbreviations and searched whole (src/lib/search/keys.ts).
 */
export const FAMILY_LETTERS = ABBREVIATION_LETTERS + 1;

/**
 * How far past the limit a chunk may grow to keep whole the words of a prefix of
 * {@link ABBREVIATION_LETTERS} letters or more that no cut could otherwise keep together.
 */
export const FAMILY_STRETCH = 1.25;

/**
 * Cuts a sorted word list into chunks of at most `limit` weight. When a chunk would overflow,
 * it is cut at the boundary inside it where the neighbours share the shortest prefix (the latest
 * such boundary, to keep chunks full). Where every boundary left would split the words of a
 * prefix of {@link ABBREVIATION_LETTERS} letters or more ("the" … "they"), the chunk grows up to
 * {@link FAMILY_STRETCH} times the limit instead, since such a prefix is searched as written.
 *
 * A word heavier than the limit (at 10,000 entries, common words such as "terror") gets a chunk
 * of its own, which also takes the lighter words around it that share its first
 * {@link FAMILY_LETTERS} letters, up to the limit's weight: "territori" before "terror",
 * "activist" after "activ". Cut off from it, they held the word's own prefixes: a reader who had
 * typed "terr" saw only pages with "territorial" until "terro" loaded the chunk of "terror". Two
 * heavy words stay apart, or one query would load both.
 */
export function planChunks(words: PackedWord[], limit = CHUNK_WEIGHT): PackedWord[][] {
	const chunks: PackedWord[][] = [];
	let current: PackedWord[] = [];
	let weight = 0;
	// The last heavy word's chunk, while lighter words of its family may still join it.
	let open: { chunk: PackedWord[]; word: string; room: number } | undefined;
	for (const word of words) {
		const w = wordWeight(word);
		if (open && w <= open.room && sharedPrefix(open.word, word[0]) >= FAMILY_LETTERS) {
			open.chunk.push(word);
			open.room -= w;
			continue;
		}
		open = undefined;
		if (w > limit) {
			const cut = familyCut(current, word[0]);
			if (cut > 0) chunks.push(current.slice(0, cut));
			const chunk = [...current.slice(cut), word];
			chunks.push(chunk);
			open = { chunk, word: word[0], room: limit - current.slice(cut).reduce((sum, x) => sum + wordWeight(x), 0) };
			[current, weight] = [[], 0];
			continue;
		}
		// A cut can leave a tail that still overflows with this word: cut again until it fits.
		while (current.length > 0 && weight + w > limit) {
			const depth = sharedPrefix(current[current.length - 1]![0], word[0]);
			const cut = shallowestCut(current, depth, current.length);
			const cutDepth = cut === current.length ? depth : sharedPrefix(current[cut - 1]![0], current[cut]![0]);
			// Every cut left would split the words of one typed prefix long enough to be searched as
			// written ("the" … "they"): the chunk stretches rather than lose them.
			if (cutDepth >= ABBREVIATION_LETTERS && weight + w <= limit * FAMILY_STRETCH) break;
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
 * The latest boundary at or before `end` (between `words[i - 1]` and `words[i]`; `end` itself
 * counts as a boundary of depth `depth`) whose neighbours share the fewest letters.
 */
function shallowestCut(words: PackedWord[], depth: number, end: number): number {
	let cut = end;
	for (let i = end - 1; i >= 1 && depth > 0; i--) {
		const d = sharedPrefix(words[i - 1]![0], words[i]![0]);
		if (d < depth) [cut, depth] = [i, d];
	}
	return cut;
}

/**
 * Where the words before a heavy word part from it: before its family (the last words sharing
 * {@link FAMILY_LETTERS} letters with it), at the shallowest boundary up to there, so that its
 * shorter prefixes are whole too; after all of them if it has no family.
 */
function familyCut(words: PackedWord[], heavy: string): number {
	let start = words.length;
	while (start > 0 && sharedPrefix(words[start - 1]![0], heavy) >= FAMILY_LETTERS) start--;
	if (start === words.length || start === 0) return start;
	return shallowestCut(words, sharedPrefix(words[start - 1]![0], words[start]![0]), start);
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
