/**
 * What search and link previews read of a page beyond its text: a result's excerpt starts with
 * the page's own words, not the kind label the result already shows; the home page describes the
 * site as a whole (JSON-LD WebSite); the search page, which is no work to cite, carries no
 * citation tags and no "Cite this page".
 */
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { fragments } from '../helpers/search-bundle';
import { DIST, readPage } from '../helpers/site';

const pageOf = (url: string) => `${url.replace(/^\//, '')}index.html`;

describe('search excerpts', () => {
	it('begin with the page’s own words, not its kind label', () => {
		const found = fragments(DIST).flatMap((f) => {
			const eyebrow = select('.page-head .eyebrow', fromHtml(readPage(pageOf(String(f['url'])))));
			const label = eyebrow && toText(eyebrow).trim();
			return label && String(f['content']).startsWith(`${label}. `) ? [`${String(f['url'])}: "${String(f['content']).slice(0, 60)}…"`] : [];
		});
		expect(found).toEqual([]);
		expect(fragments(DIST).length).toBeGreaterThan(100);
	});
});

describe('the home page', () => {
	it('describes the site as a WebSite with its publisher, language and search', () => {
		const blocks = selectAll('script[type="application/ld+json"]', fromHtml(readPage('index.html'))).map(
			(s) => JSON.parse(toText(s)) as Record<string, unknown>,
		);
		const site = blocks.find((b) => b['@type'] === 'WebSite');
		expect(site).toMatchObject({
			'@context': 'https://schema.org',
			inLanguage: 'en',
			publisher: { '@type': 'Organization' },
			potentialAction: { '@type': 'SearchAction', target: { urlTemplate: expect.stringMatching(/\/search\/\?q=\{search_term_string\}$/) } },
		});
		expect(String(site!['name'])).toBe(toText(select('title', fromHtml(readPage('index.html')))!).trim());
	});
});

describe('the search page', () => {
	it('is not a work to cite: no Highwire citation tags, no “Cite this page”', () => {
		const tree = fromHtml(readPage('search/index.html'));
		expect(selectAll('meta[name^="citation_"]', tree)).toEqual([]);
		expect(select('#cite-this-page', tree)).toBeUndefined();
	});
});
