import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { FIRST_ROUND_TRIP, pageWeigher } from '../helpers/page-weight';
import { DIST, builtPages, readPage } from '../helpers/site';

const weigh = pageWeigher(DIST);
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
		expect(b.stylesheets.length, `${page}: more than one stylesheet`).toBeLessThanOrEqual(1);
		// No script file loads with the page: search code arrives only when a reader uses search.
		expect([...b.html.matchAll(/<script[^>]*\ssrc=/g)].length, `${page}: a script file loads with the page`).toBe(0);
		// Two inline scripts, both allowed by hash in the CSP: the theme restore in <head> and the
		// search bootstrap; JSON-LD blocks are data, not code.
		const inline = [...b.html.matchAll(/<script(?![^>]*type="application\/ld\+json")[^>]*>/g)];
		expect(
			inline.map((m) => m[0]),
			`${page}: unexpected inline script`,
		).toEqual(['<script>', expect.stringMatching(/^<script data-src="[^"]*_astro\/search-client-[\w-]+\.js">$/)]);
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
			expect(csp.match(/'sha256-/g)?.length, `${b.page}: inline scripts allowed by hash`).toBe(2);
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
