/**
 * Page weight and Lighthouse scores for one page of each type: `npm run bench:pages` after
 * `npm run build`. Serves the build on loopback, loads each page in Debian's Chromium, and reports
 * what a reader's browser transfers (gzip, as a static host serves it), the number of requests,
 * the bytes a first search fetches, and Lighthouse's mobile scores. It prints tables for
 * docs/performance.md; it asserts no timings.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';
import { expect, it } from 'vitest';
import { CHROMIUM, CHROMIUM_FLAGS, launch } from '../tests/helpers/browser';
import { DIST } from '../tests/helpers/site';
import { serveStatic } from '../tests/helpers/static-server';

const PAGES: [string, string][] = [
	['home', 'index.html'],
	['source', 'sources/li-2025/index.html'],
	['section', 'sources/li-2025/comparative-analysis/index.html'],
	['organization', 'organizations/sco/index.html'],
	['event', 'events/beslan-school-siege-2004/index.html'],
	['timeline', 'events/index.html'],
	['bibliography', 'bibliography/index.html'],
];
/**
 * First queries, each from a fresh browser: a rare word (the one recorded since the start), the
 * site's commonest words, a short name and a long one. Which chunks and result fragments a query
 * needs differs, so one number would hide the spread.
 */
const QUERIES = ['memorandum', 'terrorism', 'cooperation', 'SCO', 'Beslan', 'Shanghai Cooperation Organisation'];

const kindOf = (url: string, type: string) =>
	type === 'document'
		? 'html'
		: type === 'stylesheet'
			? 'css'
			: url.includes('/pagefind/')
				? 'search index'
				: type === 'script'
					? 'js'
					: type;

/**
 * Counts what a page fetches from now on, gzip-compressed as a static host serves it, by kind;
 * `summary()` stops counting and gives the table cells: total, requests, and KiB by kind.
 */
function record(page: Page) {
	const bytes: Record<string, number> = {};
	let requests = 0;
	// Bodies arrive asynchronously: every one is awaited before anything is summed.
	const pending: Promise<void>[] = [];
	const onResponse = (r: Response) => {
		// blob: is made in the page from files already counted; data: is inside the HTML.
		if (/^(blob|data):/.test(r.url())) return;
		requests++;
		const kind = kindOf(r.url(), r.request().resourceType());
		pending.push(r.body().then((body) => void (bytes[kind] = (bytes[kind] ?? 0) + gzipSync(body).length)));
	};
	page.on('response', onResponse);
	return {
		async summary() {
			page.off('response', onResponse);
			await Promise.all(pending);
			const total = Object.values(bytes).reduce((a, b) => a + b, 0);
			return `${(total / 1024).toFixed(1)} KiB (${total} B) | ${requests} | ${Object.entries(bytes)
				.map(([k, v]) => `${k} ${(v / 1024).toFixed(1)}`)
				.join(', ')}`;
		},
	};
}

it('reports page weight, first query and Lighthouse scores', { timeout: 900_000 }, async () => {
	const server = await serveStatic(DIST);
	const browser = await launch();
	const weights: string[] = [];
	const firstQueries: string[] = [];
	try {
		for (const [name, path] of PAGES) {
			const page = await browser.newPage();
			const transfers = record(page);
			await page.goto(server.url + path, { waitUntil: 'networkidle' });
			weights.push(`| ${name} | ${await transfers.summary()} |`);
			await page.close();
		}
		for (const query of QUERIES) {
			const context = await browser.newContext();
			const page = await context.newPage();
			await page.goto(server.url + 'index.html', { waitUntil: 'networkidle' });
			const transfers = record(page);
			await page.fill('#site-search', query);
			await page.waitForFunction(() => /results? for/.test(document.getElementById('site-search-status')?.textContent ?? ''));
			await page.waitForLoadState('networkidle');
			firstQueries.push(`| "${query}" in the header box | ${await transfers.summary()} |`);
			await context.close();
		}
	} finally {
		await browser.close();
	}

	const chrome = await chromeLauncher.launch({
		chromePath: CHROMIUM,
		chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
	});
	const scores: string[] = [];
	try {
		for (const [name, path] of PAGES) {
			const result = await lighthouse(server.url + path, { port: chrome.port, output: 'json', logLevel: 'error' });
			const lhr = result!.lhr;
			const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
			const metric = (id: string) => lhr.audits[id]?.displayValue ?? '';
			scores.push(
				`| ${name} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | ${metric('first-contentful-paint')} | ${metric('largest-contentful-paint')} | ${metric('total-blocking-time')} | ${metric('cumulative-layout-shift')} |`,
			);
		}
	} finally {
		chrome.kill();
		await server.close();
	}

	console.log(
		[
			'',
			'| page | transferred on load (gzip) | requests | by kind (KiB) |',
			'| --- | --- | --- | --- |',
			...weights,
			'',
			'| first query | transferred (gzip) | requests | by kind (KiB) |',
			'| --- | --- | --- | --- |',
			...firstQueries,
			'',
			'| page (mobile) | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS |',
			'| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
			...scores,
			'',
		].join('\n'),
	);
	expect(scores).toHaveLength(PAGES.length);
});
