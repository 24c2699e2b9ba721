import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../helpers/content';
import { launch } from '../helpers/browser';
import { DIST } from '../helpers/site';
import { serveStatic } from '../helpers/static-server';
import { translationTarget } from '../../src/lib/model/collections';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
const pages = new Map<string, Page>();

beforeAll(async () => {
	server = await serveStatic(DIST);
	browser = await launch();
	for (const folder of ['ru', 'zh']) {
		const page = await browser.newPage();
		await page.goto(`${server.url}${folder}/search/`);
		pages.set(folder, page);
	}
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

/** URL paths of the top results for a query typed into an edition's search page, through the site's own search code. */
async function top(folder: string, query: string, n = 3): Promise<string[]> {
	const page = pages.get(folder)!;
	await page.fill('#search-page', '');
	await page.fill('#search-page', query);
	await page.waitForFunction((q) => document.getElementById('search-page-status')?.textContent?.includes(q), query);
	const hrefs = await page
		.locator('#search-page-results .search-result')
		.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
	return hrefs.slice(0, n);
}

/** Each translated organization's names in an edition, with the page they must find first. */
const translated = loadContent().translations.flatMap((t) => {
	const target = translationTarget(t.id);
	if (target?.collection !== 'organizations') return [];
	const names = [t.data['name'], t.data['shortName'], ...((t.data['aliases'] as string[] | undefined) ?? [])].filter(
		(x): x is string => typeof x === 'string',
	);
	return [...new Set(names)].map((name) => [target.lang, name, `/${target.lang}/organizations/${target.id}/index.html`] as const);
});

describe('in each edition, an organization’s official name and short forms find its profile first', () => {
	it('covers every organization in both editions', () => {
		const content = loadContent();
		for (const folder of ['ru', 'zh'])
			expect(new Set(translated.filter(([f]) => f === folder).map(([, , url]) => url)).size).toBe(content.organizations.length);
		// The forms the issue names, among them.
		const queries = translated.map(([, q]) => q);
		for (const q of ['РАТС ШОС', 'АТЦ СНГ', '上合组织', '独联体反恐中心']) expect(queries).toContain(q);
	});

	it.each(translated)('%s: %s', async (folder, query, url) => {
		const results = await top(folder, query);
		expect(results[0], `top results: ${results.join(', ')}`).toBe(url);
	});
});
