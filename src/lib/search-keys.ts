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

/** The Pagefind filter that carries the keys; not one of the filters shown to readers. */
export const NAME_FILTER = 'name';

/** Results the header's drop-down shows, and so the result fragments a first query fetches. */
export const PANEL_RESULTS = 6;
