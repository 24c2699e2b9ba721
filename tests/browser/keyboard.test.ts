import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../helpers/browser';

const site = siteInBrowser();

const focused = (page: Page) =>
	page.evaluate(() => {
		const el = document.activeElement as HTMLElement;
		const style = getComputedStyle(el);
		const box = el.getBoundingClientRect();
		return {
			id: el.id,
			cls: el.className,
			tag: el.tagName,
			outline: style.outlineStyle,
			onScreen: box.top >= 0 && box.bottom <= innerHeight && box.width > 0,
		};
	});

describe('keyboard', () => {
	it('starts with a visible skip link that moves focus to the main content', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.url}sources/li-2025/review/index.html`);
		await page.keyboard.press('Tab');
		const skip = await focused(page);
		expect(skip.cls).toBe('skip-link');
		expect(skip.onScreen).toBe(true);
		expect(skip.outline).not.toBe('none');
		await page.keyboard.press('Enter');
		expect(new URL(page.url()).hash).toBe('#main');
		await page.keyboard.press('Tab');
		// The next stop is inside the main content, not back in the header.
		expect(await page.evaluate(() => document.querySelector('main')!.contains(document.activeElement))).toBe(true);
		await page.close();
	});

	it('shows focus on every control it reaches', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.url}organizations/sco/index.html`);
		const missing: string[] = [];
		for (let i = 0; i < 40; i++) {
			await page.keyboard.press('Tab');
			const f = await focused(page);
			if (f.tag !== 'BODY' && f.outline === 'none') missing.push(`${f.tag}.${f.cls}#${f.id}`);
		}
		expect(missing).toEqual([]);
		await page.close();
	});

	it('searches, moves through results and opens one without a mouse', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.url}index.html`);
		await page.focus('#site-search');
		await page.keyboard.type('Beslan');
		await expect.poll(() => page.locator('#site-search-panel .search-result').count()).toBeGreaterThan(0);
		await page.keyboard.press('ArrowDown');
		expect((await focused(page)).cls).toBe('search-result');
		await page.keyboard.press('Escape');
		expect((await focused(page)).id).toBe('site-search');
		expect(await page.locator('#site-search-panel').isHidden()).toBe(true);
		await page.keyboard.type(' ');
		await expect.poll(() => page.locator('#site-search-panel').isVisible()).toBe(true);
		await page.keyboard.press('ArrowDown');
		await Promise.all([page.waitForURL(/beslan|solidarity/), page.keyboard.press('Enter')]);
		await page.close();
	});

	it('uses the search page filters from the keyboard', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.url}search/index.html?q=Afghanistan`);
		await expect.poll(() => page.locator('select[data-filter="kind"] option').count()).toBeGreaterThan(1);
		await page.focus('select[data-filter="kind"]');
		// A native menu takes the typed start of an option, as it does for any reader.
		await page.keyboard.type('Ev');
		const chosen = await page.locator('select[data-filter="kind"]').inputValue();
		expect(chosen).not.toBe('');
		await expect
			.poll(async () => [...new Set(await page.locator('#search-page-results .search-result__kind').allTextContents())])
			.toEqual([chosen]);
		await page.close();
	});
});
