/**
 * Exact-name lookup for search ("best bets"): a query that is exactly an entry's name, short name
 * or alias finds that entry first, whatever Pagefind's ranking says. Names and queries are both
 * reduced to the same key, so case, punctuation, apostrophes and hyphens do not matter:
 * "Hay'at Tahrir al-Sham", "hayat tahrir al sham" and "HAY’AT TAHRIR AL-SHAM" meet.
 */
export function searchKey(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/['’ʼ`]/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** The Pagefind filters that carry the keys; not among the filters shown to readers. */
export const NAME_FILTER = 'name';

/**
 * The filter a key is in: one per first two letters of the key, so that a query loads the few
 * names that could match it, not a list of every page (about 100 KB gzip at 10,000 pages).
 */
export function nameFilter(key: string): string {
	return `${NAME_FILTER}-${[...key.replace(/ /g, '_')].slice(0, 2).join('')}`;
}

/**
 * What is searched for while a reader types. Pagefind reads the last word as the start of a word,
 * and a word's first two or three letters start much of the index: their results are noise, and
 * each costs the reader a page of result fragments (at today's size "co" and "be" fetched 11 KB
 * and 7 KB of them, for pages that merely contain those letters as a word). So a last word of one
 * letter waits for the next ("Shanghai C" searches "Shanghai"; "m" searches nothing), and a query
 * of two or three letters is taken for an abbreviation: it is searched as a whole word, and only
 * if it is the name or alias of an entry ("UN", "SCO", "ATC"); "co" and "ter" wait for the
 * reader's next letter. `query` is what the reader sees named.
 */
export interface TypedQuery {
	/** The words searched for, as the status line names them. */
	query: string;
	/** An abbreviation: searched as a whole word, and only if an entry has it as its name. */
	exact: boolean;
}

/** Longest query read as an abbreviation rather than the start of a word. */
export const ABBREVIATION_LETTERS = 3;

/** Chinese characters: most words are two or three of them, so none is taken for an abbreviation. */
const HAN = /\p{Script=Han}/u;

export function typedQuery(text: string): TypedQuery | null {
	const words = text.trim().split(/\s+/).filter(Boolean);
	if (words.length > 1 && [...words.at(-1)!].length < 2) words.pop();
	const query = words.join(' ');
	const letters = [...query].length;
	if (letters < 2) return null;
	return { query, exact: letters <= ABBREVIATION_LETTERS && !HAN.test(query) };
}

/**
 * Results the header's drop-down shows, and so the result fragments a first query fetches: five,
 * since with the whole reference in Chinese a long section's fragment weighs about 4 KB, and six
 * took "恐怖主义", typed, over 100 KB (docs/performance.md); the search page shows them all.
 */
export const PANEL_RESULTS = 5;
