/**
 * Every document either source names has an entry, and its links hold in the content: events
 * name existing documents, documents name existing parties, and every document points to the
 * source that names it. The built pages' links both ways are tested in tests/site/documents.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { loadContent, type ContentEntry } from '../helpers/content';

const { documents, events, organizations, notes } = loadContent();
const byId = new Map(documents.map((d) => [d.id, d]));
const ids = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
const parties = (d: ContentEntry) => ids((d.data['parties'] as { organizations?: unknown } | undefined)?.organizations);
const sourcesOf = (d: ContentEntry) => (d.data.sources ?? []).map((p) => p.source ?? p.section!.split('/')[0]);

/**
 * The documents the two sources name, read from their text, with the source that names each:
 * an entry missing from content/documents/ fails here. Unnamed groups ("16 documents were
 * signed") have no entry; named groups ("four statements") have one.
 */
const NAMED: [id: string, source: 'li-2025' | 'saenko-2025'][] = [
	['shanghai-convention', 'li-2025'],
	['sco-unodc-memorandum-2011', 'li-2025'],
	['un-general-assembly-resolutions', 'li-2025'],
	['rats-interpol-memorandum-2014', 'li-2025'],
	['atc-un-memorandum-2018', 'li-2025'],
	['un-global-counter-terrorism-strategy', 'li-2025'],
	['atc-interpol-memorandum-2008', 'li-2025'],
	['cis-joint-fight-statement-2016', 'li-2025'],
	['cis-four-statements-2016', 'li-2025'],
	['fsb-council-statement', 'li-2025'],
	['sco-anti-drug-strategy-2018-2023', 'li-2025'],
	['atc-information-bulletin', 'li-2025'],
	['atc-situation-guide', 'li-2025'],
	['days-of-military-glory-law', 'saenko-2025'],
	['nac-decree-2006', 'saenko-2025'],
	['nac-rats-interpol-action-plans', 'saenko-2025'],
	['sco-cooperation-programme-2025-2027', 'saenko-2025'],
];

describe('every document a source names has an entry', () => {
	it.each(NAMED)('%s (%s)', (id, source) => {
		const doc = byId.get(id);
		expect(doc, `content/documents/${id}.md is missing`).toBeDefined();
		expect(sourcesOf(doc!)).toContain(source);
	});

	it('and no entry is outside that list (add new ones to NAMED with the source that names them)', () => {
		expect(documents.map((d) => d.id).sort()).toEqual(NAMED.map(([id]) => id).sort());
	});
});

describe('links between documents, events, organizations and notes resolve', () => {
	const orgIds = new Set(organizations.map((o) => o.id));

	it.each(events.filter((e) => ids(e.data['documents']).length > 0).map((e) => [e.id, e] as const))('event %s', (_, event) => {
		for (const id of ids(event.data['documents'])) expect(byId.has(id), `${event.file}: documents names "${id}"`).toBe(true);
	});

	it.each(documents.map((d) => [d.id, d] as const))('document %s', (_, doc) => {
		for (const id of parties(doc)) expect(orgIds.has(id), `${doc.file}: parties names "${id}"`).toBe(true);
	});

	it('notes name existing documents', () => {
		for (const note of notes) for (const id of ids(note.data['documents'])) expect(byId.has(id), `${note.file}: ${id}`).toBe(true);
	});

	it('every dated document is reached from the event that signs or adopts it', () => {
		// A signing or approval the sources date is an event on the timeline; undated documents are only mentioned.
		const linked = new Set(events.flatMap((e) => ids(e.data['documents'])));
		for (const doc of documents) if (doc.data['date']) expect(linked.has(doc.id), `${doc.file}: no event lists it`).toBe(true);
	});
});
