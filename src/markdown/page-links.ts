import type { Definition, Image, Link } from 'mdast';
import { defineMdastPlugin, type MdastPluginEntry, type MdastVisitorContext, type PluginFactoryContext } from 'satteri';
import { entryOfFile } from '../lib/model/collections';
import { entryRoute, routePath } from '../lib/routing/routes';
import { fileOfPath, linksFrom } from '../lib/routing/urls';
import { relativeFile } from './file';

export interface PageLinksOptions {
	/** The project root, to tell which entry a file is. */
	root: string;
}

/**
 * Content links to other pages as site paths (`/organizations/sco/`, as a maintainer writes
 * them, and as the citation plugin writes links to the bibliography). Each entry renders on
 * exactly one page, its own, so every such link is written here relative to that page, the way
 * the page's own links are (src/lib/routing/urls.ts): no step rewrites the HTML afterwards.
 */
export function pageLinks(options: PageLinksOptions): MdastPluginEntry {
	return (document: PluginFactoryContext) => {
		const links = linksFrom(pageFileOf(relativeFile(document.fileURL, options.root)));
		const rewrite = <N extends Link | Definition | Image>(node: Readonly<N>, ctx: MdastVisitorContext) => {
			const url = links.url(node.url);
			if (url !== node.url) ctx.setProperty(node, 'url', url);
		};
		return defineMdastPlugin({ name: 'page-links', link: rewrite, definition: rewrite, image: rewrite });
	};
}

function pageFileOf(file: string): string {
	const entry = entryOfFile(file);
	const route = entry && entryRoute(entry.collection, entry.id);
	if (!route) throw new Error(`${file}: links can only be resolved in an entry with a page of its own (see src/lib/routing/routes.ts)`);
	return fileOfPath(routePath(route));
}
