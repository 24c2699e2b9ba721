/**
 * Highwire Press `citation_*` meta tags, which Zotero's page translator and Google Scholar read,
 * made from the same CSL-JSON item that the page's citations are formatted from, so the tags, the
 * "cite this page" block and the bibliography cannot disagree.
 */
import type { CslItem } from './csl';

/** Highwire's date form, as precise as the item is dated: 2025/02/16, 2025/02 or 2025. */
function highwireDate(parts: number[]): string {
	return parts.map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, '0'))).join('/');
}

function personName(name: NonNullable<CslItem['author']>[number]): string {
	return 'literal' in name ? name.literal : [name.family, name.given].filter(Boolean).join(', ');
}

/** The tags for an item, in a stable order; a journal article names its journal, a page its site. */
export function highwireTags(item: CslItem): [name: string, content: string][] {
	const journal = item.type === 'article-journal';
	const tags: [string, string | undefined][] = [
		['citation_title', item.title],
		...(item.author ?? []).map((a): [string, string] => ['citation_author', personName(a)]),
		['citation_publication_date', item.issued && highwireDate(item.issued['date-parts'][0])],
		[journal ? 'citation_journal_title' : 'citation_publisher', item['container-title'] ?? item.publisher],
		['citation_volume', item.volume],
		['citation_issue', item.issue],
		['citation_firstpage', item.page?.replace('–', '-').split('-')[0]],
		['citation_doi', item.DOI],
		['citation_language', item.language],
		['citation_public_url', item.URL],
	];
	return tags.filter((t): t is [string, string] => Boolean(t[1]));
}
