import type { Element, Text } from 'hast';
import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import { translator } from '../lib/i18n';
import { localeOfFile } from './file';

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
 * Back-links a note shows at most. A source's section cites its source in nearly every paragraph,
 * and twenty-six lettered links to the same note weighed more than a line of text; past the
 * fifth place, the browser's Back returns the reader to where they were.
 */
export const BACK_LINKS = 5;

const isBackref = (node: Element): boolean => node.tagName === 'a' && node.properties['dataFootnoteBackref'] !== undefined;

/** A note's back-links, each with the space GFM writes before it. */
function backrefsIn(node: Element, found: { a: Element; space: Text | undefined }[] = []) {
	node.children.forEach((child, i) => {
		if (child.type !== 'element') return;
		const before = node.children[i - 1];
		if (isBackref(child)) found.push({ a: child, space: before?.type === 'text' && before.value.trim() === '' ? before : undefined });
		else backrefsIn(child, found);
	});
	return found;
}

/**
 * The notes at the foot of a page, as this site shows them:
 * - the heading "Notes" is visible (GFM hides it for screen readers only): the notes are part of
 *   the reading;
 * - a note cited from several places (the same citation repeated on a page) shares one number,
 *   with one back-link per place, lettered as Wikipedia letters them: ↩ a b c (GFM writes "↩",
 *   "↩2", "↩3"), each saying which place it returns to, for the first BACK_LINKS places;
 * - the notes, their back-links and the note numbers in the text stay out of the search index:
 *   the back-links are noise, the citations are labels of other works, which the bibliography
 *   lists, and "1" … "40" would be indexed as words and stored as anchors in the page's search
 *   fragment, which every result downloads.
 * - a translation's notes are labelled in its own language (GFM is set up once, in English).
 * A factory, so that each document counts its own notes.
 */
export function footnotes(options: { root: string }): HastPluginEntry {
	return (document) => {
		let number = 0;
		/** How many times the text has pointed to each note so far. */
		const places = new Map<string, number>();
		const locale = localeOfFile(document.fileURL, options.root);
		const t = translator(locale);
		const own = locale !== 'en';
		return defineHastPlugin({
			name: 'footnotes',
			element: {
				filter: ['a', 'h2', 'li', 'section'],
				visit(node, ctx) {
					const props = node.properties;
					if (node.tagName === 'section' && props['dataFootnotes'] !== undefined) ctx.setProperty(node, 'dataPagefindIgnore', '');
					else if (node.tagName === 'h2' && props['id'] === 'footnote-label')
						ctx.replaceNode(node, {
							...node,
							properties: { ...props, className: undefined },
							children: [{ type: 'text', value: t('footnotes.label') }],
						});
					// A note's number in the text is kept out of the index; its back-links are in the list, kept out whole.
					else if (node.tagName === 'a' && props['dataFootnoteRef'] !== undefined) {
						ctx.setProperty(node, 'dataPagefindIgnore', '');
						// The id is a back-link's target; a place past the lettered ones has none.
						const href = String(props['href']);
						const place = (places.get(href) ?? 0) + 1;
						places.set(href, place);
						if (place > BACK_LINKS) ctx.setProperty(node, 'id', null);
					} else if (node.tagName === 'a' && props['dataFootnoteBackref'] !== undefined) ctx.setProperty(node, 'className', null);
					else if (node.tagName === 'li' && String(props['id'] ?? '').startsWith('user-content-fn-')) {
						number += 1;
						const backrefs = backrefsIn(node);
						if (backrefs.length < 2) {
							for (const { a } of backrefs) if (own) ctx.setProperty(a, 'ariaLabel', t('footnotes.back', { n: number }));
							return;
						}
						backrefs.forEach(({ a, space }, i) => {
							// A place past the lettered ones loses its link and the space before it.
							if (i >= BACK_LINKS) {
								if (space) ctx.removeNode(space);
								return ctx.removeNode(a);
							}
							ctx.replaceNode(a, {
								...a,
								// The whole list is out of the index already; the attribute says what the class said.
								properties: {
									...a.properties,
									ariaLabel: t('footnotes.backAt', { n: number, letter: letter(i) }),
									dataPagefindIgnore: undefined,
									className: undefined,
								},
								children: [{ type: 'text', value: i === 0 ? `↩ ${letter(i)}` : letter(i) }],
							});
						});
					}
				},
			},
		});
	};
}
