/**
 * Each edition searches its own index, through the search page a reader of that language uses:
 * Russian inflected forms find each other, Chinese words of two to four characters find their
 * pages, and translated names find their profile first.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../helpers/browser';
import { DIST } from '../helpers/site';
import { serveStatic } from '../helpers/static-server';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
const pages: Record<string, Page> = {};

beforeAll(async () => {
	server = await serveStatic(DIST);
	browser = await launch();
	for (const folder of ['ru', 'zh']) {
		pages[folder] = await browser.newPage();
		await pages[folder].goto(`${server.url}${folder}/search/`);
	}
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

/** URL paths of the results for a query typed into an edition's search page. */
async function results(folder: string, query: string): Promise<string[]> {
	const page = pages[folder]!;
	await page.fill('#search-page', '');
	await page.fill('#search-page', query);
	await page.waitForFunction((q) => {
		const status = document.getElementById('search-page-status')?.textContent ?? '';
		return status.includes(q);
	}, query);
	return page
		.locator('#search-page-results .search-result')
		.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('each edition searches its own pages', () => {
	it.each([
		['ru', 'Беслан', '/ru/events/beslan-school-siege-2004/index.html'],
		['zh', '别斯兰', '/zh/events/beslan-school-siege-2004/index.html'],
	])('%s: %s', async (folder, query, url) => {
		const found = await results(folder, query);
		expect(found).toContain(url);
		expect(
			found.every((p) => p.startsWith(`/${folder}/`)),
			found.join(', '),
		).toBe(true);
	});
});

describe('Russian: inflected forms find each other', () => {
	// The SCO RATS profile has «региональная» in its name; its other forms are in other pages.
	const forms = ['региональная', 'региональной', 'региональный', 'региональные', 'антитеррористический', 'антитеррористической'];
	it.each(forms)('%s finds the RATS profile', async (form) => {
		expect(await results('ru', form)).toContain('/ru/organizations/sco-rats/index.html');
	});
});

describe('Chinese: words of two to four characters find their pages', () => {
	it.each([
		['反恐', '/zh/organizations/cis-atc/index.html'],
		['上合组织', '/zh/organizations/sco/index.html'],
		['地区反恐怖机构', '/zh/organizations/sco-rats/index.html'],
		['别斯兰', '/zh/events/beslan-school-siege-2004/index.html'],
		['独联体反恐中心', '/zh/organizations/cis-atc/index.html'],
	])('%s', async (query, url) => {
		expect(await results('zh', query)).toContain(url);
	});
});

describe('translated names find their profile first', () => {
	it.each([
		['ru', 'РАТС ШОС', '/ru/organizations/sco-rats/index.html'],
		['ru', 'АТЦ СНГ', '/ru/organizations/cis-atc/index.html'],
		['zh', '上合组织', '/zh/organizations/sco/index.html'],
		['zh', '独联体反恐中心', '/zh/organizations/cis-atc/index.html'],
	])('%s: %s', async (folder, query, url) => {
		expect((await results(folder, query))[0]).toBe(url);
	});
});
