import { describe, expect, it } from 'vitest';
import { citedKeys } from '../../src/lib/cite/citation-syntax';
import { loadContent } from '../helpers/content';

// "Section S discusses X" is typed once, in X's source pointers; the section page shows it from
// there. These tests make sure every entry leads a reader to a section, with messages that say
// which file to change.
const content = loadContent();
const sectionIds = new Set(content.sections.map((s) => s.id));
const pointedSections = (entry: { data: { sources?: { section?: string }[] } }) =>
	(entry.data.sources ?? []).map((p) => p.section).filter((s): s is string => typeof s === 'string');

describe('every organization and event leads to a section', () => {
	it.each([...content.events, ...content.organizations].map((e) => [e.file, e] as const))('%s', (file, entry) => {
		const sections = pointedSections(entry);
		expect(sections.length, `${file}: add a source pointer with a section`).toBeGreaterThan(0);
		for (const s of sections) expect(sectionIds.has(s), `${file}: no section "${s}"`).toBe(true);
	});
});

describe('every section is listed by its source, once', () => {
	it.each(content.sourceIds)('%s', (id) => {
		const listed = (content.seeds[id]!['sections'] as string[]) ?? [];
		expect(new Set(listed).size).toBe(listed.length);
		expect([...listed].sort()).toEqual(content.sections.filter((s) => s.id.startsWith(`${id}/`)).map((s) => s.id).sort());
	});
});

describe('bibliography', () => {
	// An editor's note is shown on every page it concerns, so a work cited only in a note is cited on those pages.
	const cited = new Set(
		[...content.sections, ...content.organizations, ...content.events, ...content.notes].flatMap((e) => citedKeys(e.body!.tree)),
	);

	it('every entry is cited by at least one page', () => {
		// A translated profile cites the record of its official name (`nameRecord`).
		const records = content.translations.flatMap((t) => (typeof t.data['nameRecord'] === 'string' ? [t.data['nameRecord']] : []));
		expect(content.references.filter((r) => !cited.has(r.id) && !records.includes(r.id)).map((r) => r.id)).toEqual([]);
	});

	it('holds all 22 works of the comparative study’s reference list, numbered 1–22', () => {
		const numbers = content.references.filter((r) => r.listed?.source === 'li-2025').map((r) => r.listed!.number).sort((a, b) => a - b);
		expect(numbers).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
	});

	it('both sources are cited', () => {
		for (const id of content.sourceIds) expect(cited.has(id), id).toBe(true);
	});
});
