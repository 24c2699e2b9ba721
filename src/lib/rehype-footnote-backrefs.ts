import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Keeps the notes out of the search index: their back-links ("↩") are noise, and the citations
 * are labels of other works, which the bibliography page lists; the index stays the page's text.
 */
export function rehypeFootnoteBackrefs() {
	return (tree: Root) => {
		visit(tree, 'element', (node: Element) => {
			if (node.tagName === 'a' && node.properties['dataFootnoteBackref'] !== undefined) {
				node.properties['dataPagefindIgnore'] = '';
			}
			if (node.tagName === 'section' && node.properties['dataFootnotes'] !== undefined) {
				node.properties['dataPagefindIgnore'] = '';
			}
		});
	};
}
