/**
 * The built comparison pages against the content they are made from: every pair a source
 * compares has a page, every aspect its row, every statement its cell with a link to an existing
 * section page, and every aspect a body lacks says "Not stated" instead of staying blank.
 */
import { existsSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { comparisonPairs } from '../../src/lib/model/comparison';
import en from '../../src/i18n/en';
import { aspects } from '../../src/schemas/assessment';
import { loadContent } from '../helpers/content';
import { DIST, readPage } from '../helpers/site';

interface RawAssessment {
	aspect: string;
	statement: string;
	source: { section?: string; source?: string; locator?: string };
	sharedWith?: string[];
	notes?: string[];
}
const content = loadContent();
const raw = (o: { data: Record<string, unknown> }) => (o.data['assessments'] ?? []) as RawAssessment[];
/** A body's column: its own statements, then those another body's file shares with it, bodies in the site's order (by name). */
const assessmentsOf = (id: string) => [
	...raw(content.organizations.find((o) => o.id === id)!),
	...content.organizations
		.filter((o) => o.id !== id)
		.toSorted((a, b) => String(a.data['name']).localeCompare(String(b.data['name']), 'en'))
		.flatMap((o) => raw(o).filter((a) => a.sharedWith?.includes(id))),
];
const pairs = comparisonPairs(
	content.sourceIds.map((id) => ({ id, compares: ((content.seeds[id]!['compares'] ?? []) as string[]).map((x) => ({ id: x })) })),
);
const text = (node: Element) => toText(node).replace(/\s+/g, ' ').trim();
/** Where a relative link on a page leads, as a path inside dist/. */
const target = (page: string, href: string) => normalize(join(dirname(page), href.split('#')[0]!));

it('Li’s article gives the RATS–ATC comparison', () => {
	expect(pairs.map((p) => p.slug)).toContain('sco-rats--cis-atc');
});

describe.each(pairs.map((p) => [p.slug, p] as const))('compare/%s/', (slug, pair) => {
	const page = `compare/${slug}/index.html`;
	const tree = fromHtml(readPage(page));
	const rows = selectAll('table.comparison tbody tr', tree);

	it('is an accessible table: a caption, column heads and row heads', () => {
		expect(selectAll('table.comparison > caption', tree)).toHaveLength(1);
		expect(selectAll('thead th[scope="col"]', tree)).toHaveLength(pair.ids.length + 1);
		for (const row of rows) expect(selectAll('th[scope="row"]', row), 'one row head').toHaveLength(1);
	});

	it('has one row per aspect, in the schema’s order', () => {
		expect(rows.map((r) => String(r.properties['id']))).toEqual(aspects.map((a) => `aspect-${a}`));
		expect(rows.map((r) => text(selectAll('th', r)[0]!))).toEqual(aspects.map((a) => en[`aspect.${a}`]));
	});

	it('shows every statement in its body’s column, each linked to an existing section page', () => {
		rows.forEach((row, r) => {
			// A row whose statements both bodies share shows them once, in one cell across both columns.
			const shown = selectAll('td', row);
			const spanned = shown.length === 1 && Number(shown[0]!.properties['colSpan']) === pair.ids.length;
			const cells = spanned ? pair.ids.map(() => shown[0]!) : shown;
			expect(cells).toHaveLength(pair.ids.length);
			if (spanned)
				expect(assessmentsOf(pair.ids[0]!).filter((a) => a.aspect === aspects[r])).toEqual(
					assessmentsOf(pair.ids[1]!).filter((a) => a.aspect === aspects[r]),
				);
			pair.ids.forEach((org, c) => {
				const expected = assessmentsOf(org).filter((a) => a.aspect === aspects[r]);
				const statements = selectAll('p:not(.not-stated):not(.cell-note)', cells[c]!);
				expect(
					statements.map((p) => text(p)),
					`${org}, ${aspects[r]}`,
				).toEqual(expected.map((a) => expect.stringContaining(a.statement)));
				statements.forEach((p, i) => {
					const links = selectAll('.pointer a[href]', p);
					expect(links, `${org}, ${aspects[r]}: a statement without its source link`).toHaveLength(1);
					const file = target(page, String(links[0]!.properties['href']));
					expect(existsSync(join(DIST, file)), `${file} is not built`).toBe(true);
					const pointer = expected[i]!.source;
					expect(file).toBe(pointer.section ? `sources/${pointer.section}/index.html` : `sources/${pointer.source}/index.html`);
					if (pointer.locator) expect(text(p)).toContain(pointer.locator);
				});
			});
		});
	});

	it('says "Not stated" where no source states the aspect, and is never blank', () => {
		let notStated = 0;
		rows.forEach((row, r) => {
			selectAll('td', row).forEach((cell, c) => {
				const none = assessmentsOf(pair.ids[c]!).every((a) => a.aspect !== aspects[r]);
				expect(text(cell).length, 'an empty cell').toBeGreaterThan(0);
				expect(selectAll('.not-stated', cell).length, `${pair.ids[c]}, ${aspects[r]}`).toBe(none ? 1 : 0);
				if (none) notStated++;
			});
		});
		// The ATC has no stated seat: the page must show at least that gap.
		if (slug === 'sco-rats--cis-atc') expect(notStated).toBeGreaterThan(0);
	});

	it('shows each editor’s note a cell’s statements carry, once, linked to the note', () => {
		rows.forEach((row, r) => {
			selectAll('td', row).forEach((cell, c) => {
				const notes = [...new Set(assessmentsOf(pair.ids[c]!).flatMap((a) => (a.aspect === aspects[r] ? (a.notes ?? []) : [])))];
				const shown = selectAll('.cell-note a[href]', cell).map((a) => target(page, String(a.properties['href'])));
				expect(shown).toEqual(notes.map((n) => `notes/${n}/index.html`));
			});
		});
	});

	it('is linked from both profiles and from the comparative analysis', () => {
		const linksTo = (from: string) =>
			selectAll('a[href]', fromHtml(readPage(from))).some((a) => target(from, String(a.properties['href'])) === page);
		for (const org of pair.ids) expect(linksTo(`organizations/${org}/index.html`), org).toBe(true);
		if (slug === 'sco-rats--cis-atc') expect(linksTo('sources/li-2025/comparative-analysis/index.html')).toBe(true);
	});
});

it('the abstract’s “shrinking” and “growing” stand in one cell with the editor’s note', () => {
	const tree = fromHtml(readPage('compare/sco-rats--cis-atc/index.html'));
	const cell = selectAll('#aspect-membership-trend td', tree)[0]!;
	expect(text(cell)).toMatch(/shrinking/);
	expect(text(cell)).toMatch(/growing/);
	expect(selectAll('.cell-note a[href$="notes/li-abstract-shrinking-and-growing/index.html"]', cell)).toHaveLength(1);
});
