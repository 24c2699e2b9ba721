import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../helpers/content';
import { launch } from '../helpers/browser';
import { DIST } from '../helpers/site';
import { serveStatic } from '../helpers/static-server';

let browser: Browser;
let page: Page;
let server: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
	server = await serveStatic(DIST);
	browser = await launch();
	page = await browser.newPage();
	await page.goto(`${server.url}search/`);
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

/**
 * URL paths of the top results for a query, as a reader gets them: typed into the search page,
 * through the site's own search code (exact-name best bets, then Pagefind's ranking).
 */
async function top(query: string, n = 3): Promise<string[]> {
	await page.fill('#search-page', '');
	await page.fill('#search-page', query);
	await page.waitForFunction((q) => document.getElementById('search-page-status')?.textContent?.includes(`“${q}”`), query);
	const hrefs = await page
		.locator('#search-page-results .search-result')
		.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
	return hrefs.slice(0, n);
}

const content = loadContent();
const orgQueries = content.organizations.flatMap((o) => {
	const names = [o.data['name'], o.data['shortName'], ...((o.data['aliases'] as string[] | undefined) ?? [])].filter(
		(x): x is string => typeof x === 'string',
	);
	return names.map((name) => [name, `/organizations/${o.id}/index.html`] as const);
});
const eventQueries = content.events.map((e) => [e.data['title'] as string, `/events/${e.id}/index.html`] as const);

describe('an organization’s name or alias finds its profile first', () => {
	it.each(orgQueries)('%s', async (query, url) => {
		const results = await top(query);
		expect(results[0], `top results: ${results.join(', ')}`).toBe(url);
	});
});

describe('an event’s title finds its page first', () => {
	it.each(eventQueries)('%s', async (query, url) => {
		const results = await top(query);
		expect(results[0], `top results: ${results.join(', ')}`).toBe(url);
	});
});
