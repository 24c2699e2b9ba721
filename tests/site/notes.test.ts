import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Element, ElementContent, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../helpers/content';
import { builtPages, readPage, showsNote } from '../helpers/site';

/** The text of each numbered note on a page, back-links left out. */
function notes(html: string): string[] {
	const out: string[] = [];
	visit(fromHtml(html), 'element', (li: Element) => {
		if (li.tagName !== 'li' || !String(li.properties['id'] ?? '').startsWith('user-content-fn-')) return;
		const copy = structuredClone(li);
		visit(copy, 'element', (a: Element, i, parent) => {
			if (a.tagName === 'a' && a.properties['dataFootnoteBackref'] !== undefined && parent && i !== undefined) parent.children.splice(i, 1);
		});
		out.push(toText(copy).replace(/\s+/g, ' ').trim());
	});
	return out;
}

describe('every note is written once on its page', () => {
	it.each(builtPages().filter((p) => readPage(p).includes('data-footnotes')))('%s', (page) => {
		const list = notes(readPage(page));
		const twice = list.filter((text, i) => list.indexOf(text) !== i);
		expect(twice, `${page}: the same note text twice`).toEqual([]);
	});
});

describe('every editor’s note is shown on every page it concerns, and on the page of all notes', () => {
	const pageOf: Record<string, (id: string) => string> = {
		sources: (id) => `sources/${id}/index.html`,
		sections: (id) => `sources/${id}/index.html`,
		organizations: (id) => `organizations/${id}/index.html`,
		events: (id) => `events/${id}/index.html`,
		documents: (id) => `documents/${id}/index.html`,
	};
	const notes = loadContent().notes;
	it('there are notes', () => expect(notes.length).toBeGreaterThan(0));
	it.each(notes.map((n) => [n.id, n] as const))('%s', (id, note) => {
		for (const [collection, page] of Object.entries(pageOf)) {
			for (const target of (note.data[collection] as string[] | undefined) ?? []) {
				expect(showsNote(page(target), id), `${page(target)} does not show the note ${id}`).toBe(true);
			}
		}
		expect(readPage(`notes/${id}/index.html`)).toMatch(/<h1[ >]/);
		expect(
			builtPages()
				.filter((p) => p.startsWith('notes/') && !p.startsWith(`notes/${id}/`))
				.some((p) => readPage(p).includes(`id="${id}"`)),
		).toBe(true);
	});
});

describe('an editor’s note reads the same wherever it is shown, its links going to the same pages', () => {
	/** Text and resolved link targets of a run of nodes, from the page they are on. */
	const reading = (nodes: ElementContent[], page: string) => {
		const root: Root = { type: 'root', children: structuredClone(nodes) };
		const targets: string[] = [];
		visit(root, 'element', (a: Element) => {
			if (a.tagName === 'a') targets.push(new URL(String(a.properties['href']), `file:///${page}`).pathname);
		});
		return { text: toText(root).replace(/\s+/g, ' ').trim(), targets };
	};
	/** The note's text on its own page: after the page's head, up to the first heading. */
	const onItsPage = (page: string) => {
		const main = select('main', fromHtml(readPage(page)))!;
		const from = main.children.findIndex((n) => n.type === 'element' && n.properties['className']?.toString() === 'page-head');
		const to = main.children.findIndex((n, i) => i > from && n.type === 'element' && n.tagName === 'h2');
		return reading(main.children.slice(from + 1, to), page);
	};
	const shown = builtPages().flatMap((page) =>
		selectAll('aside.editor-note', fromHtml(readPage(page)))
			.filter((aside) => aside.children.length > 3)
			.map((aside) => [page, aside] as const),
	);
	it('some are shown in full on other pages', () => expect(shown.length).toBeGreaterThan(10));
	it.each(shown.map(([page, aside]) => [`${page} #${String(aside.properties['id'])}`, page, aside] as const))('%s', (_, page, aside) => {
		const title = aside.children.findIndex((n) => n.type === 'element' && String(n.properties['className']) === 'editor-note__title');
		const link = select('.editor-note__title a', aside)!;
		const own = new URL(String(link.properties['href']), `file:///${page}`).pathname.slice(1);
		// On the list of notes, what a note concerns follows its text.
		const text = aside.children.slice(title + 1).filter((n) => n.type !== 'element' || String(n.properties['className']) !== 'card-meta');
		expect(reading(text, page)).toEqual(onItsPage(own));
	});
});
