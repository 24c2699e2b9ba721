/**
 * Firefox ESR from Debian, driven over WebDriver BiDi, on the offline archive opened from disk
 * and on the site over http. Firefox gives every file:// page an origin of its own (Chromium
 * does not), so what passes in Chromium from disk can fail here: form submission under
 * form-action 'self', script reads of stylesheets, fetch, workers. Puppeteer relaxes that policy
 * by default; these tests turn it back on.
 */
import { existsSync, rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipArchive } from '../helpers/archive';
import { DIST } from '../helpers/site';
import { serveStatic } from '../helpers/static-server';

const FIREFOX = process.env['FIREFOX_PATH'] ?? '/usr/bin/firefox-esr';

let browser: Browser;
let workdir: string;
let disk: string;
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
	if (!existsSync(FIREFOX))
		throw new Error(`${FIREFOX} is missing: apt-get install firefox-esr (.ci/run installs it), or set FIREFOX_PATH`);
	const unzipped = unzipArchive();
	workdir = unzipped.workdir;
	disk = pathToFileURL(unzipped.site).href;
	server = await serveStatic(DIST);
	browser = await puppeteer.launch({
		browser: 'firefox',
		executablePath: FIREFOX,
		headless: true,
		extraPrefsFirefox: { 'security.fileuri.strict_origin_policy': true },
	});
}, 60_000);
afterAll(async () => {
	await browser?.close();
	await server?.close();
	if (workdir) rmSync(workdir, { recursive: true, force: true });
});

/**
 * A page that records console errors and warnings, uncaught exceptions and every Content-Security-
 * Policy violation (logged to the console from a script run before the page's own).
 */
async function open(url: string): Promise<{ page: Page; problems: string[] }> {
	const page = await browser.newPage();
	const problems: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error' || m.type() === 'warn') problems.push(`${m.type()}: ${m.text()}`);
	});
	page.on('pageerror', (e) => problems.push(`pageerror: ${String(e)}`));
	await page.evaluateOnNewDocument(() =>
		document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP ${e.violatedDirective} blocked ${e.blockedURI}`)),
	);
	await page.goto(url);
	return { page, problems };
}

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each([
	['from disk', () => `${disk}/`],
	['over http', () => server.url],
])('Firefox ESR, %s', (_where, root) => {
	it('shows a styled page with its member map', async () => {
		const { page, problems } = await open(`${root()}organizations/sco/index.html`);
		// The stylesheet applied: the page's own text face, not the browser's default.
		expect(await page.$eval('body', (b) => getComputedStyle(b).fontFamily)).toContain('Charter');
		await page.$eval('.member-map img', (img) => img.scrollIntoView());
		await expect.poll(() => page.$eval('.member-map img', (img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
		expect(problems).toEqual([]);
		await page.close();
	});

	it('searches as the reader types, and Enter opens the search page with results', async () => {
		const { page, problems } = await open(`${root()}organizations/sco/index.html`);
		await page.click('#site-search');
		await page.type('#site-search', 'Beslan', { delay: 30 });
		await expect.poll(() => page.$$eval('#site-search-panel .search-result', (r) => r.length), { timeout: 10_000 }).toBeGreaterThan(0);
		await Promise.all([page.waitForNavigation({ timeout: 10_000 }), page.keyboard.press('Enter')]);
		expect(page.url()).toMatch(/search\/(index\.html)?\?q=Beslan$/);
		await expect.poll(() => page.$$eval('#search-page-results .search-result', (r) => r.length), { timeout: 10_000 }).toBeGreaterThan(0);
		// A new query on the search page keeps the address in step, for sharing.
		await page.click('#search-page', { count: 3 });
		await page.type('#search-page', 'Qingdao', { delay: 30 });
		await page.keyboard.press('Enter');
		await expect.poll(() => page.url(), { timeout: 10_000 }).toMatch(/\?q=Qingdao$/);
		await expect
			.poll(() => page.$$eval('#search-page-results .search-result__title', (r) => r.map((t) => t.textContent).join(' ')), {
				timeout: 10_000,
			})
			.toMatch(/Qingdao/);
		await settle(200);
		expect(problems).toEqual([]);
		await page.close();
	});
});
