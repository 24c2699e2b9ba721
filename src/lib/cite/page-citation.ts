/**
 * What a reader needs to cite a page or a work: its CSL-JSON item and that item in every format
 * the site offers. Pure; the layout passes in the page's title, address and last-changed day.
 */
import { formatReference, stylesFor, toBibtex, toRis, type CitationStyle } from './cite-format';
import type { Locale } from '../i18n/locales';
import { pageItem, type CslItem } from './csl';
import { templatedReference } from './page-template';

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

/** Every format of an item's citation that a page of an edition offers. */
export function citations(item: CslItem, locale: Locale): Citations {
	return withStyles(
		item,
		stylesFor(locale).map((style) => ({ style, html: templatedReference(item, style) ?? formatReference(item, style) })),
	);
}

/**
 * The same, where each style's reference comes from its template (src/lib/cite/page-template.ts):
 * cheap enough to need no other thread. Undefined where any style needs the engine.
 */
export function templatedCitations(item: CslItem, locale: Locale): Citations | undefined {
	const styles = stylesFor(locale).map((style) => ({ style, html: templatedReference(item, style) }));
	if (styles.some((s) => s.html === undefined)) return undefined;
	return withStyles(item, styles as Citations['styles']);
}

const withStyles = (item: CslItem, styles: Citations['styles']): Citations => ({
	item,
	styles,
	bibtex: toBibtex([item]).trim(),
	ris: toRis([item]).trim(),
});
