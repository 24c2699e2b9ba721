/**
 * One query against the index, as both search boxes ask it: pages whose name is exactly the
 * query come first ("best bets"), then Pagefind's ranking, without repeats.
 */
import { nameFilter, searchKey, type TypedQuery } from '../lib/search/keys';
import { relativeUrl } from '../lib/routing/urls';
import type { Pagefind } from './pagefind-loader';

export interface SearchHit {
	url: string;
	title: string;
	kind: string;
	excerpt: string;
}

/** Relative path from this page to the site's root folder, written by the layout. */
export const root = document.documentElement.dataset['root'] ?? '';

/** A result's site-root URL made relative to this page, the way every other link is. */
function resultHref(url: string): string {
	return root + relativeUrl('index.html', url);
}

export async function search(
	pagefind: Pagefind,
	{ query, exact: whole }: TypedQuery,
	filters: Record<string, string> = {},
	limit = 8,
	/** The query as the edition's index is searched with (stems, for Russian). */
	indexQuery: (query: string) => string = (query) => query,
): Promise<{ total: number; hits: SearchHit[] }> {
	const key = searchKey(query);
	const named = key ? pagefind.search(null, { filters: { ...filters, [nameFilter(key)]: key } }) : null;
	// An abbreviation that names no entry is most likely the start of a word: nothing to fetch yet.
	if (whole && ((await named)?.results.length ?? 0) === 0) return { total: 0, hits: [] };
	const [exact, ranked] = await Promise.all([
		named,
		// Quoted, Pagefind matches the word itself rather than every word it starts.
		pagefind.search(whole ? `"${query}"` : indexQuery(query), { filters }),
	]);
	const first = exact?.results ?? [];
	const seen = new Set(first.map((r) => r.id));
	const results = [...first, ...(ranked?.results ?? []).filter((r) => !seen.has(r.id))];
	if (results.length === 0) return { total: 0, hits: [] };
	const data = await Promise.all(results.slice(0, limit).map((r) => r.data()));
	return {
		total: results.length,
		hits: data.map((d) => ({ url: resultHref(d.url), title: d.meta['title'] ?? d.url, kind: d.meta['kind'] ?? '', excerpt: d.excerpt })),
	};
}
