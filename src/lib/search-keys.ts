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
 * and one or two letters start nearly every word of the index: their results are noise, and each
 * costs the reader a result fragment (at today's size the prefixes of "cooperation" fetched 36 KB
 * of fragments, most for results no one reads). So a last word of one letter waits for the next
 * ("Shanghai C" searches "Shanghai"; "m" searches nothing), and a query of two letters is an
 * abbreviation, searched as a whole word ("UN"; "co" finds nothing yet). `query` is what the
 * reader sees named; `exact` asks Pagefind for the word itself (quoted).
 */
export interface TypedQuery {
	/** The words searched for, as the status line names them. */
	query: string;
	/** Search for the word itself, not for words it starts. */
	exact: boolean;
}

export function typedQuery(text: string): TypedQuery | null {
	const words = text.trim().split(/\s+/).filter(Boolean);
	if (words.length > 1 && [...words.at(-1)!].length < 2) words.pop();
	const query = words.join(' ');
	const letters = [...query].length;
	if (letters < 2) return null;
	return { query, exact: letters === 2 };
}

/** Results the header's drop-down shows, and so the result fragments a first query fetches. */
export const PANEL_RESULTS = 6;
