import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Keeps footnote back-links ("↩") out of the search index, where they would only add noise. */
export function rehypeFootnoteBackrefs() {
	return (tree: Root) => {
		visit(tree, 'element', (node: Element) => {
			if (node.tagName === 'a' && node.properties['dataFootnoteBackref'] !== undefined) {
				node.properties['dataPagefindIgnore'] = '';
			}
		});
	};
}
