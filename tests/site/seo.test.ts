import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, builtPages, editionOfPage, readPage } from '../helpers/site';

const SITE = 'https://ct-reference.example.org/';
const pages = builtPages();
const html = new Map(pages.map((p) => [p, readPage(p)]));
const meta = (doc: string, attr: 'name' | 'property', key: string) => new RegExp(`<meta ${attr}="${key}" content="([^"]*)"`).exec(doc)?.[1];
const title = (doc: string) => /<title>([^<]*)<\/title>/.exec(doc)?.[1];
const noindex = (doc: string) => doc.includes('<meta name="robots" content="noindex"');
const jsonLd = (doc: string) =>
	[...doc.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);
const pretty = (page: string) => `${SITE}${page.replace(/index\.html$/, '').replace(/\.html$/, '/')}`;

describe('every page can be found and shared', () => {
	it.each(pages)('%s', async (page) => {
		const doc = html.get(page)!;
		const { t } = await editionOfPage(page);
		expect(doc).toContain(`<html lang="${t.lang}"`);
		// A Chinese character says about what three or four Latin letters do.
		const chars = t.lang.startsWith('zh') ? 0.3 : 1;
		expect(title(doc)?.length).toBeGreaterThan(10 * chars);
		expect(meta(doc, 'name', 'description')?.length ?? 0, 'meta description').toBeGreaterThanOrEqual(50 * chars);
		if (page !== '404.html') expect(/<link rel="canonical" href="([^"]+)"/.exec(doc)?.[1]).toBe(pretty(page));
		for (const key of ['og:type', 'og:title', 'og:description', 'og:site_name']) expect(meta(doc, 'property', key), key).toBeTruthy();
		expect(meta(doc, 'name', 'twitter:card')).toBe('summary');
		for (const data of jsonLd(doc)) expect(data['@context']).toBe('https://schema.org');
		if (doc.includes('class="breadcrumbs"')) expect(jsonLd(doc).map((d) => d['@type'])).toContain('BreadcrumbList');
	});

	it('titles and descriptions are unique', () => {
		const dupes = (values: [string, string | undefined][]) =>
			[...Map.groupBy(values, ([, v]) => v)]
				.filter(([, list]) => list.length > 1)
				.map(([v, list]) => `${v}: ${list.map(([p]) => p).join(', ')}`);
		expect(dupes(pages.map((p) => [p, title(html.get(p)!)]))).toEqual([]);
		expect(dupes(pages.map((p) => [p, meta(html.get(p)!, 'name', 'description')]))).toEqual([]);
	});
});

describe('structured data says what each entry is', () => {
	const typeOf = (page: string) => jsonLd(readPage(page)).map((d) => d['@type']);
	it('sources, sections, organizations and events', () => {
		expect(typeOf('sources/li-2025/index.html')).toContain('ScholarlyArticle');
		expect(typeOf('sources/saenko-2025/index.html')).toContain('OpinionNewsArticle');
		expect(typeOf('sources/li-2025/review/index.html')).toContain('Article');
		expect(typeOf('organizations/sco/index.html')).toContain('Organization');
		const event = jsonLd(readPage('events/beslan-school-siege-2004/index.html')).find((d) => d['@type'] === 'Event')!;
		expect(event).toMatchObject({ name: expect.any(String), startDate: '2004-09-01', endDate: '2004-09-03' });
		const crumbs = jsonLd(readPage('organizations/sco/index.html')).find((d) => d['@type'] === 'BreadcrumbList')!;
		expect((crumbs['itemListElement'] as { item: string }[])[1]!.item).toBe(`${SITE}organizations/`);
	});
});

describe('sitemap and robots.txt', () => {
	const locs = [...readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);

	it('the sitemap lists every indexable page and no other', () => {
		const indexable = pages
			.filter((p) => !noindex(html.get(p)!))
			.map(pretty)
			.sort();
		expect([...locs].sort()).toEqual(indexable);
	});

	it('robots.txt points to the sitemap', () => {
		expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}sitemap-index.xml`);
	});
});

describe('the hosts’ header file', () => {
	it('carries the same Content-Security-Policy as every page, plus frame-ancestors', () => {
		const headers = readFileSync(join(DIST, '_headers'), 'utf8');
		const header = /Content-Security-Policy: (.*)$/m.exec(headers)?.[1];
		for (const page of pages) {
			const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html.get(page)!)?.[1]?.replaceAll('&#39;', "'");
			expect(header, page).toBe(`${csp}; frame-ancestors 'none'`);
		}
		expect(headers).toMatch(/^\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
		expect(headers).toMatch(/X-Content-Type-Options: nosniff/);
	});
});
