import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipArchive } from '../helpers/archive';
import { launch } from '../helpers/browser';
import { brokenLinks } from '../helpers/links';
import { DIST } from '../helpers/site';
import { serveStatic } from '../helpers/static-server';

// The offline reader's situation: the downloaded archive, unzipped into a folder whose path has
// spaces, opened by double-clicking index.html. No server anywhere.
let workdir: string;
let site: string;
let home: string;
let browser: Browser;

beforeAll(async () => {
	({ workdir, site } = unzipArchive());
	home = pathToFileURL(join(site, 'index.html')).href;
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
	rmSync(workdir, { recursive: true, force: true });
});

/** A page that records console errors and every request that is not for a file on disk. */
async function openPage(url: string): Promise<{ page: Page; problems: string[] }> {
	const page = await browser.newPage();
	const problems: string[] = [];
	page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
	page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
	// blob: is the search module, made in the page from a file on disk.
	page.on('request', (r) => !/^(file|blob):/.test(r.url()) && problems.push(`request off disk: ${r.url()}`));
	await page.goto(url);
	return { page, problems };
}

async function styled(page: Page): Promise<boolean> {
	// The site's stylesheet sets the text face; a page without it falls back to the browser default.
	return page.evaluate(() => getComputedStyle(document.body).fontFamily.includes('Charter'));
}

describe('the archive', () => {
	it('holds a README and a site whose every link and anchor resolves on disk', () => {
		const readme = readFileSync(join(site, 'README.txt'), 'utf8');
		expect(readme).toMatch(/double-click index\.html/);
		// One archive, three editions, a README in each language.
		expect(readme).toMatch(/дважды щёлкните файл ru\/index\.html/);
		expect(readme).toMatch(/双击 zh\/index\.html/);
		for (const start of ['index.html', 'ru/index.html', 'zh/index.html']) expect(existsSync(join(site, start)), start).toBe(true);
		expect(brokenLinks(site)).toEqual([]);
		// The not-found page is a server's: from disk its site-root links would lead to the drive's root.
		expect(existsSync(join(site, '404.html'))).toBe(false);
		expect(existsSync(join(DIST, '404.html'))).toBe(true);
	});

	it('has its checksum beside it', async () => {
		const { createHash } = await import('node:crypto');
		const zip = readFileSync(join(DIST, 'ct-reference-offline.zip'));
		const line = readFileSync(join(DIST, 'ct-reference-offline.zip.sha256'), 'utf8');
		expect(line).toBe(`${createHash('sha256').update(zip).digest('hex')}  ct-reference-offline.zip\n`);
	});
});

describe('reading from disk', () => {
	it('reaches every page type by clicking, styled, with nothing requested off disk', async () => {
		const { page, problems } = await openPage(home);
		const visited: string[] = [];
		const step = async (selector: string) => {
			await Promise.all([page.waitForURL(/^file:/), page.locator(selector).first().click()]);
			await page.waitForLoadState('load');
			expect(page.url(), 'a link opened a folder instead of a page').toMatch(/\.html(#.*)?$/);
			expect(await page.locator('h1').count()).toBe(1);
			expect(await styled(page), `${page.url()} is unstyled`).toBe(true);
			visited.push(page.url().slice(pathToFileURL(site).href.length));
		};
		expect(await styled(page)).toBe(true);
		await step('.site-nav a:text("Sources")');
		await step('main .cards a >> nth=0');
		await step('main .cards a >> nth=0');
		await step('.facts a[href*="organizations/"]');
		await step('main .timeline a, main a[href*="events/"]');
		await step('.site-nav a:text("Events")');
		await step('.filter-links a:text-matches("Agreement")');
		await step('.site-nav a:text("Organizations")');
		await step('.site-nav a:text("Bibliography")');
		await step('.site-nav a:text("About")');
		await step('.brand');
		expect(visited).toEqual([
			'/sources/index.html',
			'/sources/li-2025/index.html',
			'/sources/li-2025/introduction/index.html',
			expect.stringMatching(/^\/organizations\/[a-z-]+\/index\.html$/),
			expect.stringMatching(/^\/events\/[a-z0-9-]+\/index\.html$/),
			'/events/index.html',
			'/events/kinds/agreement/index.html',
			'/organizations/index.html',
			'/bibliography/index.html',
			'/about/index.html',
			'/index.html',
		]);
		expect(problems).toEqual([]);
		await page.close();
	});

	it.each([
		['ru', 'Беслан', /\/ru\/events\/beslan-school-siege-2004\/index\.html$/],
		['zh', '别斯兰', /\/zh\/events\/beslan-school-siege-2004\/index\.html$/],
	])('the %s edition: from the English home by its language link, then its own search', async (folder, query, result) => {
		const { page, problems } = await openPage(home);
		await Promise.all([
			page.waitForURL(new RegExp(`/${folder}/index\\.html$`)),
			page.locator(`.editions a[hreflang^="${folder}"]`).click(),
		]);
		expect(await page.evaluate(() => document.documentElement.lang)).toMatch(new RegExp(`^${folder}`));
		await page.locator('#site-search').pressSequentially(query);
		const hit = page.locator('#site-search-panel .search-result[href*="beslan-school-siege-2004"]').first();
		await expect.poll(() => hit.count()).toBe(1);
		await Promise.all([page.waitForURL(result), hit.click()]);
		expect(problems).toEqual([]);
		await page.close();
	});

	it('searches from the header box and opens the result', async () => {
		const { page, problems } = await openPage(pathToFileURL(join(site, 'organizations/sco/index.html')).href);
		await page.locator('#site-search').pressSequentially('Qingdao');
		const first = page.locator('#site-search-panel .search-result').first();
		await expect.poll(() => first.locator('.search-result__title').textContent()).toMatch(/Qingdao/);
		await Promise.all([page.waitForURL(/qingdao/), first.click()]);
		expect(page.url()).toMatch(/\/events\/sco-defence-ministers-qingdao-2025\/index\.html$/);
		expect(await page.locator('h1').textContent()).toMatch(/Qingdao/);
		expect(problems).toEqual([]);
		await page.close();
	});

	it('Enter in the header box opens the search page by navigation, which form-action does not govern', async () => {
		const { page, problems } = await openPage(pathToFileURL(join(site, 'organizations/sco/index.html')).href);
		// Firefox blocks a form submitted from disk under form-action 'self' (each file is its own
		// origin there); Chromium does not, so what is checked here is that no submission happens.
		// The listener writes to sessionStorage, which survives the navigation it precedes; a call
		// back to the test could be lost when the page unloads.
		await page.evaluate(() =>
			window.addEventListener('submit', (e) => sessionStorage.setItem('submit-prevented', String(e.defaultPrevented))),
		);
		await page.locator('#site-search').pressSequentially('Beslan');
		await Promise.all([page.waitForURL(/search\/index\.html\?q=Beslan$/), page.keyboard.press('Enter')]);
		expect(await page.evaluate(() => sessionStorage.getItem('submit-prevented'))).toBe('true');
		await expect.poll(() => page.locator('#search-page-results .search-result').count()).toBeGreaterThan(0);
		expect(problems).toEqual([]);
		await page.close();
	});

	it('filters results on the search page', async () => {
		const { page, problems } = await openPage(`${pathToFileURL(join(site, 'search/index.html')).href}?q=RATS`);
		const kinds = () => page.locator('#search-page-results .search-result__kind').allTextContents();
		await expect.poll(async () => new Set(await kinds()).size).toBeGreaterThan(1);
		await expect.poll(() => page.locator('select[data-filter="kind"] option').count()).toBeGreaterThan(1);
		await page.selectOption('select[data-filter="kind"]', 'Organization');
		await expect.poll(async () => [...new Set(await kinds())]).toEqual(['Organization']);
		expect(problems).toEqual([]);
		await page.close();
	});
});

describe('the same search online and offline', () => {
	const queries = ['RATS', 'Interpol memorandum', 'Beslan', 'Afghanistan', 'drug', 'Shanghai Five', 'exercise 2019', 'Bortnikov'];

	/** Top results as paths from the site root, whatever the page they were computed on. */
	async function top(page: Page, query: string): Promise<string[]> {
		await page.fill('#search-page', query);
		await page.waitForFunction((q) => document.getElementById('search-page-status')?.textContent?.includes(`“${q}”`), query);
		// The site's root is the search page's folder's parent, on the web and on disk alike.
		return page.locator('#search-page-results .search-result').evaluateAll((links) => {
			const root = location.pathname.replace(/search\/(index\.html)?$/, '');
			return links.slice(0, 5).map((a) => `/${new URL((a as HTMLAnchorElement).href).pathname.slice(root.length)}`);
		});
	}

	it.each(queries)('%s', async (query) => {
		const server = await serveStatic(DIST);
		try {
			const online = await browser.newPage();
			await online.goto(`${server.url}search/index.html`);
			const offline = await browser.newPage();
			await offline.goto(pathToFileURL(join(site, 'search/index.html')).href);
			const [web, disk] = [await top(online, query), await top(offline, query)];
			expect(web.length).toBeGreaterThan(0);
			expect(disk).toEqual(web);
			await online.close();
			await offline.close();
		} finally {
			await server.close();
		}
	});
});

describe('under a sub-path of a web site', () => {
	it('navigates and searches with the same files', async () => {
		const server = await serveStatic(DIST, '/reference/eurasia/');
		try {
			const page = await browser.newPage();
			const problems: string[] = [];
			page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
			await page.goto(server.url);
			expect(await styled(page)).toBe(true);
			await Promise.all([page.waitForURL(/organizations/), page.locator('.site-nav a:text("Organizations")').click()]);
			expect(page.url()).toBe(`${server.url}organizations/index.html`);
			await page.locator('#site-search').pressSequentially('Tashkent');
			const first = page.locator('#site-search-panel .search-result').first();
			await expect.poll(() => first.getAttribute('href')).toMatch(/index\.html$/);
			await Promise.all([page.waitForURL(/\/reference\/eurasia\/(organizations|events|sources)\//), first.click()]);
			expect(problems).toEqual([]);
			await page.close();
		} finally {
			await server.close();
		}
	});
});
