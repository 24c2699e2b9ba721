import type { Definition, Image, Link } from 'mdast';
import { defineMdastPlugin, type MdastPluginEntry, type MdastVisitorContext, type PluginFactoryContext } from 'satteri';
import type { Locale } from '../lib/i18n/locales';
import { editionPath, localizeUrl, type Translated } from '../lib/routing/editions';
import { entryRoute } from '../lib/routing/routes';
import { fileOfPath, linksFrom } from '../lib/routing/urls';
import { contentOfFile, relativeFile } from './file';

export interface PageLinksOptions {
	/** The project root, to tell which entry a file is. */
	root: string;
	/** Which entries each edition has translated, read again for each file. */
	translated: () => Translated;
}

/**
 * The render option that names the page a text is shown on when that is not its entry's own page:
 * an editor's note, shown in full on the pages it concerns (src/io/markdown.ts).
 */
export const SHOWN_ON = 'shownOn';

/**
 * Content links to other pages as site paths (`/organizations/sco/`, as a maintainer writes
 * them, and as the citation plugin writes links to the bibliography), written here relative to
 * the page the text is rendered for, the way the page's own links are (src/lib/routing/urls.ts):
 * no step rewrites the HTML afterwards. That page is the entry's own, or, for an editor's note
 * rendered again for each page it is shown on, the page named by the SHOWN_ON option.
 */
export function pageLinks(options: PageLinksOptions): MdastPluginEntry {
	return (document: PluginFactoryContext) => {
		const { file, locale } = pageFileOf(relativeFile(document.fileURL, options.root));
		const shownOn = document.data.astro?.frontmatter[SHOWN_ON] as unknown;
		const links = linksFrom(typeof shownOn === 'string' ? shownOn : file);
		const translated = options.translated();
		const rewrite = <N extends Link | Definition | Image>(node: Readonly<N>, ctx: MdastVisitorContext) => {
			// A translation's links go to its own edition where the page is translated too.
			const url = links.url(localizeUrl(node.url, locale, translated));
			if (url !== node.url) ctx.setProperty(node, 'url', url);
		};
		return defineMdastPlugin({ name: 'page-links', link: rewrite, definition: rewrite, image: rewrite });
	};
}

function pageFileOf(file: string): { file: string; locale: Locale } {
	const content = contentOfFile(file);
	const route = content && entryRoute(content.collection, content.id);
	if (!route) throw new Error(`${file}: links can only be resolved in an entry with a page of its own (see src/lib/routing/routes.ts)`);
	return { file: fileOfPath(editionPath(route, content.locale)), locale: content.locale };
}
