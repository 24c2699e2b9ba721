/**
 * Text for generated entries, drawn from the site's own prose: a word-pair (bigram) chain learnt
 * from the bodies under content/, walked with a seeded PRNG. The words, their frequencies and
 * their lengths are the site's, so pages, the search index and its chunks grow as real content
 * would, and the same seed always gives the same text.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: small, fast, and the same sequence on every platform for a given seed. */
export function prng(seed: number) {
	let a = seed >>> 0;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
	const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
	const chance = (p: number) => next() < p;
	/** `count` distinct items of `list` (all of them if it is shorter), in the list's order. */
	const some = <T>(list: readonly T[], count: number): T[] => {
		const chosen = new Set<number>();
		while (chosen.size < Math.min(count, list.length)) chosen.add(Math.floor(next() * list.length));
		return [...chosen].sort((x, y) => x - y).map((i) => list[i]!);
	};
	return { next, int, pick, chance, some };
}
export type Random = ReturnType<typeof prng>;

const END = '.';

/**
 * The bodies of the site's English Markdown and MDX files, without frontmatter, markup, citations
 * or links' targets (the translations, in content/translations/, are not the generator's English).
 */
function prose(dir: string): string[] {
	return readdirSync(dir)
		.sort()
		.flatMap((name) => {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) return name === 'translations' ? [] : prose(path);
			if (!/\.mdx?$/.test(name)) return [];
			return [
				readFileSync(path, 'utf8')
					.replace(/^---\n[\s\S]*?\n---\n/, '')
					.replace(/\[@[^\]]*\]|\[\^[^\]]*\](:.*)?|<\/?[A-Za-z][^>]*>/g, ' ')
					.replace(/\]\([^)]*\)/g, ' ')
					.replace(/^#+ /gm, ''),
			];
		});
}

/** A word chain learnt from the site's content: each word's followers, as often as they follow it. */
export function learnVocabulary(contentDir: string) {
	const next = new Map<string, string[]>();
	const starts: string[] = [];
	const words = new Set<string>();
	for (const text of prose(contentDir)) {
		// Words keep their case (names stay capitalised); sentence ends become a token of their own.
		const tokens = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*|[.!?]/gu) ?? [];
		let previous = END;
		for (const raw of tokens) {
			const token = /^[.!?]$/.test(raw) ? END : raw.replace(/[-'’]+$/, '');
			if (previous === END && token !== END) starts.push(token);
			if (token !== END) words.add(token);
			const list = next.get(previous) ?? [];
			list.push(token);
			next.set(previous, list);
			previous = token;
		}
	}
	return { next, starts, words: [...words].sort() };
}
export type Vocabulary = ReturnType<typeof learnVocabulary>;

/** Sentences and titles from the chain. */
export function writer(vocabulary: Vocabulary, random: Random) {
	const names = vocabulary.words.filter((w) => /^\p{L}{4,}$/u.test(w));
	const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
	/** A run of words from the chain, `min` to `max` long, ending where the chain ends a sentence if it can. */
	const words = (min: number, max: number): string[] => {
		const out: string[] = [];
		let word = random.pick(vocabulary.starts);
		while (out.length < max) {
			out.push(word);
			const followers = vocabulary.next.get(word) ?? vocabulary.starts;
			let following = random.pick(followers);
			if (following === END) {
				if (out.length >= min) break;
				following = random.pick(vocabulary.starts);
			}
			word = following;
		}
		return out;
	};
	const sentence = (min = 8, max = 26) => `${capital(words(min, max).join(' '))}.`;
	/** A title of a few words; lower-case words stay lower-case, as the site's titles have them. */
	const title = (min = 3, max = 7) => capital(words(min, max).join(' '));
	/** A single capitalised word, for names of people and places. */
	const name = () => capital(random.pick(names).toLowerCase());
	return { sentence, title, name, words };
}
export type Writer = ReturnType<typeof writer>;
