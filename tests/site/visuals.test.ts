/**
 * The at-a-glance pages: the membership matrix and the member maps show every stated membership,
 * with the right standing, and stay light.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { countryName } from '../../src/lib/model/countries';
import { STATUS_STYLE, strongestStanding, type Status } from '../../src/lib/visuals/member-map';
import { loadContent } from '../helpers/content';
import { builtPages, DIST, readPage } from '../helpers/site';

type Membership = { country: string; status: Status };
const organizations = loadContent()
	.organizations.map((o) => ({ id: o.id, memberships: (o.data['memberships'] as Membership[] | undefined) ?? [] }))
	.filter((o) => o.memberships.length > 0);
const statusLabel: Record<Status, string> = {
	member: 'Member',
	observer: 'Observer',
	'dialogue-partner': 'Dialogue partner',
	associate: 'Associate',
	'former-member': 'Former member',
};

describe('the membership matrix', () => {
	const pages = builtPages().filter((p) => p.startsWith('memberships/'));
	const columns = new Map<string, { page: string; index: number }>();
	for (const page of pages) {
		selectAll('table.matrix thead th', fromHtml(readPage(page)))
			.slice(1)
			.forEach((th, i) => {
				const href = String(select('a', th)?.properties['href'] ?? '');
				columns.set(href.split('/').at(-2)!, { page, index: i + 1 });
			});
	}

	it.each(organizations.map((o) => [o.id, o] as const))('%s: every stated membership is in its cell', (id, org) => {
		const at = columns.get(id);
		expect(at, `${id} has no column`).toBeDefined();
		const rows = selectAll('table.matrix tbody tr', fromHtml(readPage(at!.page)));
		for (const m of org.memberships) {
			const row = rows.find((r) => toString(select('th', r)!) === countryName(m.country));
			expect(row, `${m.country} has no row`).toBeDefined();
			const cell = selectAll('td', row!)[at!.index - 1]!;
			expect(toString(cell), `${id} × ${m.country}`).toContain(statusLabel[m.status]);
			expect(select('a.source-mark', cell), `${id} × ${m.country}: no source`).toBeTruthy();
		}
	});
});

describe('member maps', () => {
	it.each(organizations.map((o) => [o.id, o] as const))('%s: each state in its standing’s colour, within 30 KB', (id, org) => {
		const file = join(DIST, 'organizations', id, 'map.svg');
		expect(existsSync(file)).toBe(true);
		const svg = readFileSync(file, 'utf8');
		expect(gzipSync(svg).length).toBeLessThanOrEqual(30_000);
		const doc = fromHtml(svg, { space: 'svg', fragment: true });
		expect(toString(select('title', doc)!)).toBeTruthy();
		for (const [country, status] of strongestStanding(org.memberships)) {
			const shape = select(`[data-country="${country}"]`, doc);
			expect(shape, `${id}: ${country} is not drawn`).toBeTruthy();
			expect(shape!.properties['dataStatus']).toBe(status);
			const style = STATUS_STYLE[status];
			expect(shape!.properties['fill']).toBe(style.pattern ? `url(#p-${status})` : style.fill);
		}
		// The profile shows it as an image with a text alternative.
		const img = select('figure.member-map img', fromHtml(readPage(`organizations/${id}/index.html`)));
		expect(img?.properties['src']).toBe('map.svg');
		expect(String(img?.properties['alt']).length).toBeGreaterThan(40);
	});
});

describe('the visual timeline', () => {
	const pages = builtPages().filter((p) => p.startsWith('events/') && selectAll('figure.timeline-chart', fromHtml(readPage(p))).length > 0);

	it('is drawn on every page of the timeline', () => {
		expect(pages).toContain('events/index.html');
	});

	it.each(pages)('%s: a mark per listed event, each linking to an existing event page', (page) => {
		const doc = fromHtml(readPage(page));
		const marks = selectAll('figure.timeline-chart > svg a', doc).map((a) => String(a.properties['href']));
		const listed = selectAll('ol.timeline h2 a, ol.timeline h3 a', doc).map((a) => String(a.properties['href']));
		expect(marks).toEqual(listed);
		for (const href of marks) expect(existsSync(join(DIST, page, '..', href)), href).toBe(true);
		// Hidden from assistive technology, whose readers have the list; its links out of the tab order.
		expect(select('figure.timeline-chart > svg', doc)?.properties['ariaHidden']).toBe('true');
		for (const a of selectAll('figure.timeline-chart > svg a', doc)) expect(a.properties['tabIndex']).toBe(-1);
	});
});
