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

/** Results the header's drop-down shows, and so the result fragments a first query fetches. */
export const PANEL_RESULTS = 6;
