/**
 * Entries at the schemas' limits, for the scale benchmark: a share of the generated entries has
 * its title, name and summary as long as the schemas allow (and, when translated, as long in
 * Russian and Chinese: benchmarks/scale/translate.ts), so that the lists and previews that show
 * them are measured at their heaviest. Which entries, and the words that fill them, are drawn
 * from generators of their own, so the other entries are the same as without them.
 */
import { SUMMARY_MAX } from '../../src/schemas/section';
import { prng, writer, type Writer } from './text';

/** The share of entries at the limits. */
export const LONGEST_SHARE = 0.1;

/** A text run on with more words to `max` characters, cut at a word; `end` is kept after it. */
export function runOn(filler: Writer, text: string, max: number, end = ''): string {
	let out = text;
	while (out.length < max) out += ` ${filler.title(3, 6).toLowerCase()}`;
	return `${out.slice(0, max - end.length + 1).replace(/[\s,;:.]*\S*$/, '')}${end}`;
}

/** Draws which entries are at the limits, and runs their texts on. */
export function longest(vocabulary: Parameters<typeof writer>[0], seed: number) {
	const draw = prng(seed + 2);
	const filler = writer(vocabulary, prng(seed + 3));
	return {
		/** Whether the next entry is at the limits. */
		next: () => draw.chance(LONGEST_SHARE),
		/** A title or name at `max`, `tail` kept at its end. */
		atLimit: (text: string, max: number, tail = '') => runOn(filler, text, max, tail),
		/** A summary, run on to the schema's limit for an entry at the limits. */
		summary: (text: string, isLong: boolean) => (isLong ? runOn(filler, text.replace(/\.$/, ''), SUMMARY_MAX, '.') : text),
	};
}
