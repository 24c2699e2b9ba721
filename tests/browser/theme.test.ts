import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../helpers/browser';

const site = siteInBrowser();

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const LIGHT = 'rgb(251, 250, 247)';
const DARK = 'rgb(21, 23, 27)';

describe('theme', () => {
	it('follows the system, and the footer choice overrides it without JavaScript', async () => {
		const context = await site.browser.newContext({ colorScheme: 'dark', javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${site.url}organizations/index.html`);
		expect(await background(page)).toBe(DARK);
		await page.check('#theme-light');
		expect(await background(page)).toBe(LIGHT);
		await page.check('#theme-auto');
		expect(await background(page)).toBe(DARK);
		await context.close();
	});

	it('remembers the choice on the next page, from the first paint', async () => {
		const context = await site.browser.newContext({ colorScheme: 'light' });
		const page = await context.newPage();
		await page.goto(`${site.url}index.html`);
		await page.check('#theme-dark');
		expect(await background(page)).toBe(DARK);
		await page.goto(`${site.url}events/index.html`);
		// Set by the head script before the body exists, so nothing is drawn in the other theme.
		expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
		expect(await background(page)).toBe(DARK);
		expect(await page.isChecked('#theme-dark')).toBe(true);
		await page.check('#theme-auto');
		await page.goto(`${site.url}about/index.html`);
		expect(await background(page)).toBe(LIGHT);
		await context.close();
	});
});

describe('print', () => {
	it('prints black on white, without the site’s header, in a dark theme too, from a sheet the screen does not wait for', async () => {
		const context = await site.browser.newContext({ colorScheme: 'dark' });
		const page = await context.newPage();
		await page.goto(`${site.url}organizations/sco-rats/index.html`);
		const display = () => page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).display);
		expect(await display()).not.toBe('none');
		expect(await page.locator('link[rel="stylesheet"][media="print"]').count()).toBe(1);
		await page.emulateMedia({ media: 'print' });
		expect(await background(page)).toBe('rgb(255, 255, 255)');
		expect(await display()).toBe('none');
		await context.close();
	});
});
