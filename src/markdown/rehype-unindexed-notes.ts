import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Keeps the notes out of the search index: their back-links ("↩") are noise, and the citations
 * are labels of other works, which the bibliography page lists; the index stays the page's text.
 * The note numbers in the text go too: "1" … "40" would be indexed as words, and each numbered
 * link would be stored as an anchor in the page's search fragment, which every result downloads.
 */
export function rehypeUnindexedNotes() {
	return (tree: Root) => {
		visit(tree, 'element', (node: Element) => {
			if (
				node.tagName === 'a' &&
				(node.properties['dataFootnoteBackref'] !== undefined || node.properties['dataFootnoteRef'] !== undefined)
			) {
				node.properties['dataPagefindIgnore'] = '';
			}
			if (node.tagName === 'section' && node.properties['dataFootnotes'] !== undefined) {
				node.properties['dataPagefindIgnore'] = '';
			}
		});
	};
}
