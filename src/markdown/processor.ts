import { satteri } from '@astrojs/markdown-satteri';
import { DEFAULT_LOCALE, translator } from '../lib/i18n';
import { citations, type CitationTarget } from './citations';
import { footnotes } from './footnotes';
import { foreignTitles } from './foreign-titles';
import { headingIds } from './heading-ids';
import { pageLinks } from './page-links';
import type { Translated } from '../lib/routing/editions';
import type { Heading } from '../lib/model/headings';

export interface SiteMarkdownOptions {
	/** The project root: files are named from it, and each entry's page is found from its path. */
	root: string;
	/** Every citable key (src/io/citation-targets.ts), read again for each file. */
	targets: () => ReadonlyMap<string, CitationTarget>;
	/** Which entries each edition has translated (src/io/translated.ts). */
	translated: () => Translated;
	/** The English headings of a translation file (src/io/english-outline.ts), whose anchors it keeps. */
	englishOutline: (file: string) => readonly Heading[] | undefined;
	/** Leave content links as written: for rendering text that is not an entry of its own. */
	pageLinks?: false;
}

/**
 * The site's Markdown and MDX: Astro 7's native processor (Sätteri), with GFM, smart punctuation
 * and this site's plugins. Sätteri parses and renders in Rust and runs the plugins as
 * visitors over its own tree; with the 10,000-entry benchmark's content it rendered every entry in
 * about 1.5 s where the unified pipeline with the same plugins took 38 s (docs/performance.md).
 */
export function siteMarkdown(options: SiteMarkdownOptions) {
	const t = translator(DEFAULT_LOCALE);
	return satteri({
		features: {
			gfm: {
				footnotes: {
					label: t('footnotes.label'),
					backLabel: (n: number) => t('footnotes.back', { n }),
				},
			},
			smartPunctuation: true,
		},
		mdastPlugins: [
			citations({ root: options.root, targets: options.targets }),
			// After the citations, whose notes link to the bibliography.
			options.pageLinks === false ? null : pageLinks({ root: options.root, translated: options.translated }),
		],
		hastPlugins: [
			footnotes({ root: options.root }),
			foreignTitles({ root: options.root }),
			headingIds({ root: options.root, englishOutline: options.englishOutline }),
		],
	});
}
