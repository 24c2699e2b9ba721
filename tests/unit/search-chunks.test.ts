import { decode, encode } from 'cbor2';
import { describe, expect, it } from 'vitest';
import { boundary, chunkRanges, planChunks, sharedPrefix, wordWeight } from '../../src/lib/search/chunk-plan';
import { SIGNATURE, splitIndex, type MetaChunk, type PackedWord } from '../../src/lib/search/chunks';
import { slimFragment } from '../../src/lib/search/fragments';
import { chunkFor } from '../helpers/search-bundle';

/** A word on `pages` pages with `locations` positions each, in Pagefind 1.6's shape. */
const word = (w: string, pages = 1, locations = 9): PackedWord => [
	w,
	Array.from({ length: pages }, (_, i) => [i === 0 ? 0 : 1, Array.from({ length: locations }, (_, j) => j), []]),
	[],
];
const names = (chunks: PackedWord[][]) => chunks.map((c) => c.map(([w]) => w));
const sig = (body: Uint8Array) => Buffer.concat([Buffer.from(SIGNATURE), body]);

describe('planChunks', () => {
	const words = ['aa', 'ab', 'ac', 'ba', 'bb', 'bc', 'ca', 'cb'].map((w) => word(w)); // weight 10 each

	it('keeps every word once, in order, and no chunk over the limit', () => {
		const chunks = planChunks(words, 35);
		expect(chunks.flat()).toEqual(words);
		for (const chunk of chunks) expect(chunk.reduce((s, w) => s + wordWeight(w), 0)).toBeLessThanOrEqual(35);
	});

	it('cuts where the first letter changes rather than where the limit falls', () => {
		// Filling greedily would give aa ab ac ba | bb bc ca cb; the first letters decide instead.
		expect(names(planChunks(words, 40))).toEqual([
			['aa', 'ab', 'ac'],
			['ba', 'bb', 'bc'],
			['ca', 'cb'],
		]);
	});

	it('cuts inside a letter only when the letter alone is over the limit, at the shortest shared prefix', () => {
		const many = ['aaa', 'aab', 'aba', 'abb', 'abc', 'b'].map((w) => word(w));
		expect(names(planChunks(many, 30))).toEqual([['aaa', 'aab'], ['aba', 'abb', 'abc'], ['b']]);
	});

	it('lets a chunk stretch past the limit rather than split the words of a three-letter prefix, within FAMILY_STRETCH', () => {
		// "the" … "they" weigh 110 at a limit of 100: cut, a search for "the" would miss "these" and "they".
		const family = ['tha', 'the', 'their', 'then', 'these', 'they', 'thin'].map((w) => word(w, w === 'the' ? 7 : 1));
		expect(names(planChunks(family, 100))).toEqual([['tha'], ['the', 'their', 'then', 'these', 'they'], ['thin']]);
		// Past the stretch (here 125) the family is cut all the same, at its shallowest boundary.
		const heavier = ['the', 'their', 'then', 'these', 'they'].map((w) => word(w, w === 'the' ? 9 : 1));
		expect(planChunks(heavier, 100).length).toBeGreaterThan(1);
	});

	it('gives a word heavier than the limit a chunk of its own', () => {
		const heavy = [word('a'), word('the', 50), word('to')];
		expect(names(planChunks(heavy, 100))).toEqual([['a'], ['the'], ['to']]);
	});

	it('lets the lighter words that share four letters with a heavy word ride in its chunk, cut at the shallowest boundary', () => {
		// "terr" must find "terror" (heavy), not only "territori"; "ter" rides along too, since
		// the boundary before it is shallower than the one inside the family.
		const heavy = new Set(['terror', 'terrorist']);
		const list = ['ab', 'ter', 'terrain', 'territori', 'terror', 'terrorbomb', 'terrorist', 'terroristic', 'terrorstruck', 'tz'].map((w) =>
			word(w, heavy.has(w) ? 50 : 1),
		);
		const chunks = planChunks(list, 100);
		// Two heavy words stay apart; each takes its light followers of the family.
		expect(names(chunks)).toEqual([
			['ab'],
			['ter', 'terrain', 'territori', 'terror', 'terrorbomb'],
			['terrorist', 'terroristic', 'terrorstruck'],
			['tz'],
		]);
		const ranges: MetaChunk[] = chunkRanges(chunks).map(([from, to], i) => [from, to, `c${i}`]);
		for (const prefix of ['terr', 'terro', 'terror', 'terrorb', 'terra', 'terri', 'ter'])
			expect(chunkFor(ranges, prefix), prefix).toBe('c1');
		for (const prefix of ['terrori', 'terrors']) expect(chunkFor(ranges, prefix), prefix).toBe('c2');
		// The family rides along only up to the limit's weight: here the follower does not fit.
		const full = [word('terra', 9), word('terror', 50), word('terrorbomb', 2)];
		expect(names(planChunks(full, 100))).toEqual([['terra', 'terror'], ['terrorbomb']]);
		expect(names(planChunks([word('terra'), word('terror', 50)], 100))).toEqual([['terra', 'terror']]);
	});
});

describe('chunk ranges', () => {
	it('measures shared prefixes in characters, not bytes', () => {
		expect(sharedPrefix('“the', '“this')).toBe(3);
		expect(sharedPrefix('“the', '“a')).toBe(1);
		expect(sharedPrefix('abc', 'abc')).toBe(3);
	});

	it('puts the boundary after the earlier word and everything extending it, before the later word', () => {
		expect(boundary('closer', 'cn')).toBe('cm\u{10FFFF}');
		expect(boundary('among', 'an')).toBe('am\u{10FFFF}');
		expect(boundary('mem', 'memo')).toBe('memn\u{10FFFF}');
		expect(boundary('z', '\u{E000}')).toBe('\u{D7FF}\u{10FFFF}');
	});

	it('sends every word, and every prefix longer than the cut, to the chunk holding all its extensions', () => {
		const vocabulary = [
			'000',
			'2019',
			'a',
			'among',
			'an',
			'and',
			'closer',
			'closes',
			'cn',
			'co',
			'cooper',
			'memo',
			'memorandum',
			'the',
			'though',
			'thr',
			'vladimir',
			'“the',
			'”',
		];
		const chunks = planChunks(
			vocabulary.map((w) => word(w)),
			30,
		);
		const ranges: MetaChunk[] = chunkRanges(chunks).map(([from, to], i) => [from, to, `c${i}`]);
		const home = new Map(chunks.flatMap((c, i) => c.map(([w]) => [w, `c${i}`] as const)));
		const depth = Math.max(...chunks.slice(1).map((c, i) => sharedPrefix(chunks[i]!.at(-1)![0], c[0]![0])));
		for (const w of vocabulary) {
			for (let n = depth + 1; n <= [...w].length; n++) {
				const prefix = [...w].slice(0, n).join('');
				const extensions = new Set(vocabulary.filter((v) => v.startsWith(prefix)).map((v) => home.get(v)));
				expect([...extensions], `"${prefix}"`).toEqual([chunkFor(ranges, prefix)]);
			}
		}
		// Terms between the words, which Pagefind's own first-word..last-word ranges leave out.
		for (const term of ['closez', 'memb', 'zebra', 'an\u{10FFFF}x']) expect(chunkFor(ranges, term), term).toBeDefined();
	});
});

describe('splitIndex', () => {
	const words = ['alpha', 'beta', 'gamma', 'delta'].sort().map((w) => word(w, 3, 5));
	const meta = (chunks: MetaChunk[]) => sig(encode(['1.6.0', [['en_page', 40, '']], chunks, [['kind', 'en_filter']], [], ['kind']]));
	const input = () => ({
		version: '1.6.0',
		language: 'en',
		meta: meta([
			['alpha', 'beta', 'en_one'],
			['delta', 'gamma', 'en_two'],
		]),
		chunks: new Map([
			['en_one', sig(encode([words.slice(0, 2)]))],
			['en_two', sig(encode([words.slice(2)]))],
		]),
	});

	it('regroups the same word entries and rewrites only the chunk list of the metadata', () => {
		const out = splitIndex({ ...input(), limit: 20 });
		expect(out.plan.flat()).toEqual(words);
		expect(out.chunks.size).toBe(4);
		const newMeta = decode(out.meta.subarray(SIGNATURE.length)) as unknown[];
		expect(newMeta[0]).toBe('1.6.0');
		expect(newMeta[1]).toEqual([['en_page', 40, '']]);
		expect(newMeta.slice(3)).toEqual([[['kind', 'en_filter']], [], ['kind']]);
		const list = newMeta[2] as MetaChunk[];
		expect(list.map(([, , name]) => name)).toEqual([...out.chunks.keys()]);
		for (const [name, bytes] of out.chunks) {
			expect(name).toMatch(/^en_[0-9a-f]{7}$/);
			expect(Buffer.from(bytes.subarray(0, SIGNATURE.length)).toString()).toBe(SIGNATURE);
		}
		expect(out.metaHash).toMatch(/^en_[0-9a-f]{10}$/);
	});

	it('writes the same bytes for the same input', () => {
		const [a, b] = [splitIndex(input()), splitIndex(input())];
		expect(Buffer.from(a.meta).equals(Buffer.from(b.meta))).toBe(true);
		expect([...a.chunks.keys()]).toEqual([...b.chunks.keys()]);
	});

	it.each([
		['a different Pagefind version', { version: '1.7.0' }, /metadata is not \[version "1.7.0"/],
		['a file without the signature', { meta: encode(['1.6.0']) }, /does not start with Pagefind's "pagefind_dcd" signature/],
		[
			'a chunk the metadata lists but is missing',
			{ chunks: new Map([['en_one', sig(encode([words.slice(0, 2)]))]]) },
			/lists index chunk en_two, which is missing/,
		],
		[
			'a chunk the metadata does not list',
			{ chunks: new Map([...input().chunks, ['en_three', sig(encode([[]]))]]) },
			/not in the metadata: en_three/,
		],
		[
			'words out of order',
			{
				chunks: new Map([
					['en_one', sig(encode([[words[1], words[0]]]))],
					['en_two', sig(encode([words.slice(2)]))],
				]),
			},
			/not in ascending order/,
		],
		[
			'a word of another shape',
			{
				chunks: new Map([
					['en_one', sig(encode([[['alpha', 3]]]))],
					['en_two', sig(encode([words.slice(2)]))],
				]),
			},
			/index chunk en_one is not/,
		],
		// 0x18 0x05 is the integer 5 in a longer form than Pagefind's encoder writes.
		[
			'bytes that would not be written back the same',
			{ meta: sig(Uint8Array.from([0x81, 0x18, 0x05])) },
			/metadata does not re-encode to its own bytes/,
		],
	])('refuses %s, saying what changed', (_, change, message) => {
		expect(() => splitIndex({ ...input(), ...change })).toThrow(message);
	});
});

describe('slimFragment', () => {
	const fragment = {
		url: '/events/xiamen-2019/',
		content: 'Exercise. Xiamen 2019 joint anti-terrorist exercise.',
		word_count: 6,
		filters: { kind: ['Event'], name: ['xiamen 2019'] },
		meta: { title: 'Xiamen 2019', kind: 'Event' },
		anchors: [{ element: 'h2', id: 'notes', text: 'Editor’s notes', location: 4 }],
	};
	const bytes = (value: unknown) => sig(new TextEncoder().encode(JSON.stringify(value)));
	const read = (out: Uint8Array) => JSON.parse(new TextDecoder().decode(out.subarray(SIGNATURE.length))) as unknown;

	it('empties filters and anchors and keeps what a result shows', () => {
		const out = slimFragment(bytes(fragment), 'fragment/en_1.pf_fragment');
		expect(new TextDecoder().decode(out.subarray(0, SIGNATURE.length))).toBe(SIGNATURE);
		expect(read(out)).toEqual({ ...fragment, filters: {}, anchors: [] });
	});

	it.each([
		['a field it does not know', { ...fragment, sub_results: [] }, /fragment\/en_1\.pf_fragment has a field "sub_results"/],
		['a field missing', { ...fragment, meta: undefined }, /no field "meta"/],
		['a field of another type', { ...fragment, anchors: {} }, /no field "anchors" of the expected type/],
		['no signature', null, /signature/],
	])('refuses %s, naming the file', (_, value, message) => {
		const input = value === null ? new TextEncoder().encode(JSON.stringify(fragment)) : bytes(value);
		expect(() => slimFragment(input, 'fragment/en_1.pf_fragment')).toThrow(message);
	});
});
