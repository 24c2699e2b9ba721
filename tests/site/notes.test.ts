import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../helpers/content';
import { builtPages, readPage } from '../helpers/site';

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
	};
	const notes = loadContent().notes;
	it('there are notes', () => expect(notes.length).toBeGreaterThan(0));
	it.each(notes.map((n) => [n.id, n] as const))('%s', (id, note) => {
		for (const [collection, page] of Object.entries(pageOf)) {
			for (const target of (note.data[collection] as string[] | undefined) ?? []) {
				expect(readPage(page(target)), `${page(target)} does not show the note ${id}`).toContain(`id="note-${id}"`);
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
