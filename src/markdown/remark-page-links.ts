import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { entryOfFile } from '../lib/collections';
import { entryRoute, routePath } from '../lib/routes';
import { fileOfPath, linksFrom } from '../lib/urls';

export interface RemarkPageLinksOptions {
	/** The project root, to tell which entry a file is. */
	root: string;
}

/**
 * Content links to other pages as site paths (`/organizations/sco/`, as a maintainer writes
 * them, and as the citation plugin writes links to the bibliography). Each entry renders on
 * exactly one page, its own, so every such link is written here relative to that page, the way
 * the page's own links are (src/lib/urls.ts): no step rewrites the HTML afterwards.
 */
export function remarkPageLinks(options: RemarkPageLinksOptions) {
	return (tree: Root, file: { path?: string }) => {
		const links = linksFrom(pageFileOf(file.path, options.root));
		visit(tree, ['link', 'definition', 'image'], (node) => {
			if ('url' in node && typeof node.url === 'string') node.url = links.url(node.url);
		});
	};
}

function pageFileOf(path: string | undefined, root: string): string {
	const relative = path && path.startsWith(root) ? path.slice(root.length).replace(/^[/\\]/, '') : path;
	const entry = relative ? entryOfFile(relative) : undefined;
	const route = entry && entryRoute(entry.collection, entry.id);
	if (!route)
		throw new Error(
			`${relative ?? 'a Markdown file'}: links can only be resolved in an entry with a page of its own (see src/lib/routes.ts)`,
		);
	return fileOfPath(routePath(route));
}
