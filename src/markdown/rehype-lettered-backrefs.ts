import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { t } from '../lib/i18n';

/** a, b, …, z, aa, ab, … */
export function letter(index: number): string {
	let n = index;
	let out = '';
	do {
		out = String.fromCharCode(97 + (n % 26)) + out;
		n = Math.floor(n / 26) - 1;
	} while (n >= 0);
	return out;
}

/**
 * A note cited from several places (the same citation repeated on a page) shares one number, with
 * one back-link per place, lettered as Wikipedia letters them: ↩ a b c. GFM gives such back-links
 * "↩", "↩2", "↩3"; here they read as letters and say which place each returns to.
 */
export function rehypeLetteredBackrefs() {
	return (tree: Root) => {
		visit(tree, 'element', (item: Element, _index, parent) => {
			if (item.tagName !== 'li' || !String(item.properties['id'] ?? '').includes('fn-')) return;
			const backrefs: Element[] = [];
			visit(item, 'element', (a: Element) => {
				if (a.tagName === 'a' && a.properties['dataFootnoteBackref'] !== undefined) backrefs.push(a);
			});
			if (backrefs.length < 2) return;
			// The note's number, as the list shows it.
			const n = (parent?.children.filter((c) => c.type === 'element') ?? []).indexOf(item) + 1;
			backrefs.forEach((a, i) => {
				a.children = [{ type: 'text', value: i === 0 ? `↩ ${letter(i)}` : letter(i) }];
				a.properties['ariaLabel'] = t('footnotes.backAt', { n, letter: letter(i) });
			});
		});
	};
}
