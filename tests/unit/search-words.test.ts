import { describe, expect, it } from 'vitest';
import type { PackedWord } from '../../src/lib/search/chunks';
import { dropPunctuatedCopies, positionKeys } from '../../src/lib/search/words';

// Entries in Pagefind 1.6's shape, as the built index holds them: ["“sco", [[67, [-25, 64], []], [5, [-25, 143], []]], []]
// is a word on page 67 at position 64 and on page 72 at position 143, both at weight 24.
const entry = (w: string, pages: [number, number[], number[]][]): PackedWord => [w, pages, []];

describe('positionKeys', () => {
	it('adds up page and position differences, restarting positions after each marker', () => {
		const same = (a: PackedWord, b: PackedWord) => expect(positionKeys(a)).toEqual(positionKeys(b));
		// Page 2: positions 3 and 7, then after a weight marker 1; page 3: position 5.
		same(
			entry('x', [
				[2, [-25, 3, 4, -169, 1], []],
				[1, [5], []],
			]),
			entry('y', [
				[2, [3, -2, 7, -169, 1], []],
				[1, [-25, 5], []],
			]),
		);
		expect(positionKeys(entry('x', [[2, [3, 4], []]]))).toHaveLength(2);
		expect(
			new Set(
				positionKeys(
					entry('x', [
						[2, [3, 4], []],
						[0, [7], []],
					]),
				),
			),
		).toHaveProperty('size', 2);
	});

	it('tells metadata positions from text positions, and fields apart', () => {
		const text = positionKeys(entry('x', [[1, [0], []]]))!;
		const title = positionKeys(entry('x', [[1, [], [-1, 0]]]))!;
		const other = positionKeys(entry('x', [[1, [], [-4, 0]]]))!;
		expect(new Set([...text, ...title, ...other]).size).toBe(3);
	});

	it('refuses an entry of a shape it does not know', () => {
		expect(positionKeys(['x', [[1, [0], [], 'more']], []] as unknown as PackedWord)).toBeNull();
		expect(positionKeys(['x', [[1, [0], []]], [['variant', []]]] as unknown as PackedWord)).toBeNull();
		expect(positionKeys(entry('x', [[1, [2 ** 24], []]]))).toBeNull();
	});
});

describe('dropPunctuatedCopies', () => {
	const sco = entry('sco', [
		[67, [-25, 10, 54], []],
		[5, [-25, 143], [-1, 2]],
	]);
	const quoted = entry('“sco', [
		[67, [-25, 64], []],
		[5, [-25, 143], [-1, 2]],
	]);

	it('drops a word with typographic punctuation whose every position a clean word holds', () => {
		const { words, dropped } = dropPunctuatedCopies([sco, quoted]);
		expect(words).toEqual([sco]);
		expect(dropped).toEqual(['“sco']);
	});

	it('keeps it when one position, in the text or the metadata, is held by no clean word', () => {
		const elsewhere = entry('“sco', [[67, [-25, 65], []]]);
		const otherField = entry('“sco', [[72, [], [-2, 2]]]);
		expect(dropPunctuatedCopies([sco, elsewhere]).dropped).toEqual([]);
		expect(dropPunctuatedCopies([sco, otherField]).dropped).toEqual([]);
	});

	it('counts only clean words as holders, and keeps clean words and connector punctuation', () => {
		const dash = entry('tajik–afghan', [[1, [5], []]]);
		const apostrophe = entry('tajik’', [[1, [5], []]]);
		expect(dropPunctuatedCopies([dash, apostrophe]).dropped).toEqual([]);
		// Pagefind's search keeps "_" in what is typed, so such a word can still be asked for.
		const file = entry('003_59ab', [[1, [5], []]]);
		expect(dropPunctuatedCopies([entry('00359ab', [[1, [5], []]]), file]).dropped).toEqual([]);
	});

	it('returns the same list when there is nothing to drop', () => {
		const words = [sco];
		expect(dropPunctuatedCopies(words).words).toBe(words);
	});
});
