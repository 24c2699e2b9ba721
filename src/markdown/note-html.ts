/**
 * An editor's note's Markdown as HTML, for the page it is shown on. A note is written once and
 * shown on every page it concerns, so it is rendered for each page, with that page's links
 * (relative, like every other link) and its citations inline, "(Kazinform 2024)", linked to the
 * bibliography: a note cannot add to the numbered notes of the page's own text.
 */
import type { PhrasingContent, Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { citationsIn } from '../lib/cite/citation-syntax';
import { routePath } from '../lib/routing/routes';
import type { Links } from '../lib/routing/urls';

export interface NoteTarget {
	label: string;
	/** The bibliography page the work is on. */
	page: number;
}

const parser = unified().use(remarkParse).use(remarkGfm).freeze();

export function noteHtml(markdown: string, targets: ReadonlyMap<string, NoteTarget>, links: Pick<Links, 'url'>): string {
	const tree = parser.runSync(parser.parse(markdown)) as Root;
	for (const { node, parent, matches } of citationsIn(tree)) {
		const out: PhrasingContent[] = [];
		let last = 0;
		for (const match of matches) {
			// Written after the full stop, as a footnote would be; read inline, it goes before it.
			const before = node.value.slice(last, match.start);
			const stop = /[.;:,]$/.exec(before)?.[0] ?? '';
			out.push({ type: 'text', value: `${before.slice(0, before.length - stop.length).replace(/\s*$/, ' ')}(` });
			match.items.forEach((item, i) => {
				const target = targets.get(item.key);
				if (i > 0) out.push({ type: 'text', value: '; ' });
				out.push(
					target
						? {
								type: 'link',
								url: `/${routePath({ to: 'bibliography', key: item.key, page: target.page })}`,
								children: [{ type: 'text', value: target.label }],
							}
						: { type: 'text', value: item.key },
				);
				if (item.locator) out.push({ type: 'text', value: `, ${item.locator}` });
			});
			out.push({ type: 'text', value: `)${stop}` });
			last = match.end;
		}
		out.push({ type: 'text', value: node.value.slice(last) });
		parent.children.splice(parent.children.indexOf(node), 1, ...(out as typeof parent.children));
	}
	visit(tree, ['link', 'definition'], (node) => {
		if ('url' in node && typeof node.url === 'string') node.url = links.url(node.url);
	});
	return toHtml(toHast(tree));
}
