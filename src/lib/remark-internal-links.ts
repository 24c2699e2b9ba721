import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/**
 * Content links to other pages of the site as root paths (`/organizations/sco/`); this passes
 * them through the site's URL helper so that a base path or relative links apply to content too.
 */
export function remarkInternalLinks(options: { resolve: (path: string) => string }) {
	return (tree: Root) => {
		visit(tree, ['link', 'definition'], (node) => {
			if (!('url' in node) || typeof node.url !== 'string') return;
			if (node.url.startsWith('/') && !node.url.startsWith('//')) node.url = options.resolve(node.url);
		});
	};
}
