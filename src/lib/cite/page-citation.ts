/**
 * What a reader needs to cite a page or a work: its CSL-JSON item and that item in every format
 * the site offers. Pure; the layout passes in the page's title, address and last-changed day.
 */
import { CITATION_STYLES, formatReference, toBibtex, toRis, type CitationStyle } from './cite-format';
import { pageItem, type CslItem } from './csl';

export interface Citations {
	item: CslItem;
	/** The reference in each style, as HTML. */
	styles: { style: CitationStyle; html: string }[];
	bibtex: string;
	ris: string;
}

/** A key for a page, from its path: `organizations-sco-rats`; the home page is `home`. */
export function pageKey(url: string): string {
	const path = new URL(url).pathname.split('/').filter(Boolean);
	return path.length > 0 ? path.join('-') : 'home';
}

/** A page of the site as a citable item. */
export function pageCitationItem(page: Omit<Parameters<typeof pageItem>[0], 'id'>): CslItem {
	return pageItem({ id: pageKey(page.url), ...page });
}

/** Every format of an item's citation. */
export function citations(item: CslItem): Citations {
	return {
		item,
		styles: CITATION_STYLES.map(({ id }) => ({ style: id, html: formatReference(item, id) })),
		bibtex: toBibtex([item]).trim(),
		ris: toRis([item]).trim(),
	};
}
