/**
 * Documents on the built site, linked both ways: each document's page links to the events that
 * list it and to its party organizations, each of those pages links back, the index lists every
 * document, and an editor's note about a document is shown on its page.
 */
import { existsSync } from 'node:fs';
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LINKS_PREVIEW_SIZE, PAGE_SIZE, pageCount } from '../../src/lib/routing/pagination';
import { loadContent } from '../helpers/content';
import { links } from '../helpers/html';
import { DIST, readPage, showsNote } from '../helpers/site';

const { documents, events, notes } = loadContent();
const ids = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
const partiesOf = (data: Record<string, unknown>) => ids((data['parties'] as { organizations?: unknown } | undefined)?.organizations);
const page = (folder: string, id: string) => `${folder}/${id}/index.html`;
/** Whether the page at `from` has a link that opens `to` (both paths below dist/). */
const linksTo = (from: string, to: string) =>
	links(readPage(from)).some((url) => posix.normalize(posix.join(posix.dirname(from), url.split('#')[0]!)) === to);

describe('every document has a page, and the index lists it', () => {
	it.each(documents.map((d) => d.id))('%s', (id) => {
		expect(existsSync(join(DIST, page('documents', id)))).toBe(true);
		const index = Array.from({ length: pageCount(documents.length, PAGE_SIZE) }, (_, i) =>
			i === 0 ? 'documents/index.html' : `documents/page/${i + 1}/index.html`,
		);
		expect(index.some((p) => linksTo(p, page('documents', id)))).toBe(true);
	});
});

describe('events and documents link both ways', () => {
	const pairs = events.flatMap((e) => ids(e.data['documents']).map((d) => [e.id, d] as const));
	it('some events sign or adopt documents', () => expect(pairs.length).toBeGreaterThan(5));
	it.each(pairs)('event %s ⇄ document %s', (event, doc) => {
		expect(linksTo(page('events', event), page('documents', doc)), 'the event links to the document').toBe(true);
		expect(linksTo(page('documents', doc), page('events', event)), 'the document lists the event').toBe(true);
	});
});

describe('documents and their party organizations link both ways', () => {
	const pairs = documents.flatMap((d) => partiesOf(d.data).map((o) => [d.id, o] as const));
	it('some documents name parties', () => expect(pairs.length).toBeGreaterThan(5));
	it.each(pairs)('document %s ⇄ organization %s', (doc, org) => {
		expect(linksTo(page('documents', doc), page('organizations', org)), 'the document links to its party').toBe(true);
		const count = pairs.filter(([, o]) => o === org).length;
		// A profile shows a fixed number of its documents and links to the whole list.
		const list = count > LINKS_PREVIEW_SIZE ? `organizations/${org}/documents/index.html` : page('organizations', org);
		expect(linksTo(list, page('documents', doc)), 'the organization lists the document').toBe(true);
	});
});

describe('editor’s notes about a document are shown on its page', () => {
	const pairs = notes.flatMap((n) => ids(n.data['documents']).map((d) => [n.id, d] as const));
	it.each(pairs)('note %s on document %s', (note, doc) => {
		expect(showsNote(page('documents', doc), note)).toBe(true);
		expect(linksTo(page('notes', note), page('documents', doc)), 'the note names the document').toBe(true);
	});
});

describe('the sections a document points to list it', () => {
	const pairs = documents.flatMap((d) => (d.data.sources ?? []).flatMap((p) => (p.section ? [[d.id, p.section] as const] : [])));
	it.each(pairs)('document %s on section %s', (doc, section) => {
		expect(linksTo(`sources/${section}/index.html`, page('documents', doc))).toBe(true);
	});
});
