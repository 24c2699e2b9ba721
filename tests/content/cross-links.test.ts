import { describe, expect, it } from 'vitest';
import { citedKeys } from '../../src/lib/citations';
import { loadContent } from '../helpers/content';

// The two sides of "section S discusses X" are typed in two places (S's lists, X's source
// pointers); these tests keep them in step, with messages that say which file to change.
const content = loadContent();
const sectionIds = new Set(content.sections.map((s) => s.id));
const pointedSections = (entry: { data: { sources?: { section?: string }[] } }) =>
	(entry.data.sources ?? []).map((p) => p.section).filter((s): s is string => typeof s === 'string');

describe('every organization and event leads to a section', () => {
	it.each(content.events.map((e) => [e.id, e] as const))('event %s', (_, event) => {
		const sections = pointedSections(event);
		expect(sections.length, `${event.file}: add a source pointer with a section`).toBeGreaterThan(0);
		for (const s of sections) {
			const section = content.sections.find((x) => x.id === s);
			expect(section, `${event.file}: no section "${s}"`).toBeDefined();
			expect(section!.data.events ?? [], `${section!.file}: add ${event.id} to events (the event's sources point here)`).toContain(event.id);
		}
	});

	it.each(content.organizations.map((o) => [o.id, o] as const))('organization %s', (_, org) => {
		const pointed = pointedSections(org);
		const listing = content.sections.filter((s) => (s.data.organizations ?? []).includes(org.id));
		expect(pointed.length + listing.length, `${org.file}: no section discusses it`).toBeGreaterThan(0);
		for (const s of pointed) {
			const section = content.sections.find((x) => x.id === s);
			expect(section, `${org.file}: no section "${s}"`).toBeDefined();
			expect(section!.data.organizations ?? [], `${section!.file}: add ${org.id} to organizations (its profile points here)`).toContain(org.id);
		}
		for (const s of listing) expect(pointed, `${org.file}: add a source pointer to ${s}, which lists it`).toContain(s.id);
	});
});

describe('every section names what it discusses', () => {
	it.each(content.sections.map((s) => [s.id, s] as const))('%s', (_, section) => {
		for (const id of section.data.events ?? []) {
			const event = content.events.find((e) => e.id === id);
			expect(event, `${section.file}: no event "${id}"`).toBeDefined();
			expect(pointedSections(event!), `${event!.file}: add a source pointer to ${section.id}`).toContain(section.id);
		}
		expect(sectionIds.has(section.id)).toBe(true);
	});
});

describe('bibliography', () => {
	const cited = new Set([...content.sections, ...content.organizations, ...content.events].flatMap((e) => citedKeys(e.body)));

	it('every entry is cited by at least one page', () => {
		expect(content.references.filter((r) => !cited.has(r.id)).map((r) => r.id)).toEqual([]);
	});

	it('holds all 22 works of the comparative study’s reference list, numbered 1–22', () => {
		const numbers = content.references.filter((r) => r.listed?.source === 'li-2025').map((r) => r.listed!.number).sort((a, b) => a - b);
		expect(numbers).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
	});

	it('both sources are cited', () => {
		for (const id of content.sourceIds) expect(cited.has(id), id).toBe(true);
	});
});
