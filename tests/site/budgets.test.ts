import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { FIRST_ROUND_TRIP, pageWeigher } from '../helpers/page-weight';
import { DIST, builtPages, readPage } from '../helpers/site';

const weigh = pageWeigher(DIST);
const sheet = (name: string) =>
	readFileSync(
		join(
			DIST,
			'_astro',
			readdirSync(join(DIST, '_astro')).find((f) => new RegExp(`^${name}\\.[\\w-]+\\.css$`).test(f))!,
		),
		'utf8',
	);
const classesOf = (css: string) => new Set([...css.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1]!));
/** Classes a sheet styles that a lighter sheet does not, nor search.css, which the page's script loads with the search client. */
const onlyIn = (heavier: string, lighter: string) =>
	[...classesOf(sheet(heavier))].filter((c) => !classesOf(sheet(lighter)).has(c) && !classesOf(sheet('search')).has(c));
/** What a page that links the lighter sheet must not show. */
const NOT_STYLED: Record<string, string[]> = {
	'_astro/global': [...onlyIn('entry', 'global'), ...onlyIn('lists', 'global'), ...onlyIn('comparison', 'global')],
	'_astro/entry': [...onlyIn('lists', 'entry'), ...onlyIn('comparison', 'entry')],
	'_astro/lists': [...onlyIn('search-page', 'lists'), ...onlyIn('comparison', 'lists'), ...onlyIn('entry', 'lists')],
	'_astro/comparison': [...onlyIn('lists', 'comparison'), ...onlyIn('entry', 'comparison')],
	'_astro/search-page': [...onlyIn('comparison', 'search-page'), ...onlyIn('entry', 'search-page')],
};
const budget = builtPages().map((page) => {
	const html = readPage(page);
	return { ...weigh(page, html), html };
});

describe('page weight and render-blocking requests', () => {
	it.each(budget.map((b) => [b.page, b] as const))('%s', (page, b) => {
		expect(
			b.bytes,
			`${page}: HTML + CSS is ${b.bytes} B gzip, ${b.bytes - FIRST_ROUND_TRIP} B over one round trip (${FIRST_ROUND_TRIP} B)`,
		).toBeLessThanOrEqual(FIRST_ROUND_TRIP);
		// One sheet: the site's, or for a kind of page with more to style (lists, the comparison, search) the site's with those styles.
		const sheets = b.stylesheets.map((f) => f.replace(/\.[\w-]+\.css$/, ''));
		expect(sheets, `${page}: stylesheets`).toHaveLength(1);
		expect(Object.keys(NOT_STYLED)).toContain(sheets[0]);
		// A class styled only by a heavier sheet needs that sheet: a page that shows one without it would be unstyled.
		const used = new Set([...b.html.matchAll(/class="([^"]*)"/g)].flatMap((m) => m[1]!.split(/\s+/)));
		expect(
			NOT_STYLED[sheets[0]!]!.filter((c) => used.has(c)),
			`${page}: shows classes that ${sheets[0]}.css does not style`,
		).toEqual([]);
		// One script file, the same on every page and kept by the browser between pages; the search
		// code arrives only when a reader uses search.
		expect(
			[...b.html.matchAll(/<script[^>]*\ssrc="([^"]*)"/g)].map((m) => m[1]!.replace(/^(?:\.\.\/)*\/?/, '')),
			`${page}: script files`,
		).toEqual([expect.stringMatching(/^_astro\/page-start-[\w-]+\.js$/)]);
		// One inline script, allowed by hash in the CSP: the theme restore in <head>; JSON-LD blocks are data, not code.
		const inline = [...b.html.matchAll(/<script(?![^>]*type="application\/ld\+json")(?![^>]*\ssrc=)[^>]*>/g)];
		expect(
			inline.map((m) => m[0]),
			`${page}: unexpected inline script`,
		).toEqual(['<script>']);
	});

	it('opens every outside link without handing over the page or the referrer', () => {
		const bare = budget.flatMap((b) =>
			[...b.html.matchAll(/<a [^>]*href="https?:[^"]*"[^>]*>/g)]
				.map((m) => m[0])
				.filter((a) => !/rel="[^"]*noopener[^"]*noreferrer/.test(a))
				.map((a) => `${b.page}: ${a}`),
		);
		expect(bare).toEqual([]);
		for (const b of budget) {
			expect(b.html, b.page).toContain('<meta name="referrer" content="no-referrer">');
			const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(b.html)?.[1] ?? '';
			expect(csp, `${b.page}: CSP`).toMatch(/default-src 'self'/);
			expect(csp, `${b.page}: CSP allows inline code or eval`).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
			expect(csp.match(/'sha256-/g)?.length, `${b.page}: inline scripts allowed by hash`).toBe(1);
		}
	});

	it('reports the heaviest pages', () => {
		const top = [...budget].sort((a, b) => b.bytes - a.bytes).slice(0, 5);
		console.log(top.map((b) => `${b.bytes} B  ${b.page}`).join('\n'));
		expect(top[0]!.bytes).toBeGreaterThan(0);
	});
});

describe('the search index', () => {
	it('never needs more than a small share of the index for one word', () => {
		// The index is cut into chunks (src/lib/search/chunks.ts); if a change brought back a few big
		// chunks, a first query would again fetch a third of the index. What a first query fetches
		// in all is measured on real queries in tests/browser/search-chunks.test.ts.
		const chunks = readdirSync(join(DIST, 'pagefind', 'index'))
			.map((f) => gzipSync(readFileSync(join(DIST, 'pagefind', 'index', f))).length)
			.sort((a, b) => b - a);
		const total = chunks.reduce((a, b) => a + b, 0);
		expect(chunks.length).toBeGreaterThan(10);
		expect(chunks[0]!, `heaviest chunk ${chunks[0]} B of ${total} B`).toBeLessThan(total / 8);
	});
});
