import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteInBrowser } from '../helpers/browser';
import { builtPages } from '../helpers/site';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
// Only violations are read: axe then skips working out selectors for every node that passes
// (its API documentation's advice on performance), so each page's run is shorter.
const pages = builtPages();
// Every page once, in one of two modes that between them cover both widths and both colour
// schemes: English and Russian on a wide light screen, Chinese on a dark phone; and one page of
// each kind in every mode (the same templates and colours make the others), so the run stays
// within CI's time (docs/performance.md).
const english = pages.filter((p) => !/^(ru|zh)\//.test(p));
const edition = (folder: string) => pages.filter((p) => p.startsWith(`${folder}/`));
// One page of each shape of address: an event, a list's later page, a section, and so on.
const oneOfEachKind = [
	...new Map(
		english.map((p) => [
			p
				.split('/')
				.map((part, i, all) => (i === 0 || i === all.length - 1 ? part : '*'))
				.join('/'),
			p,
		]),
	).values(),
];
const modes = [
	{ name: 'desktop, light', viewport: { width: 1280, height: 900 }, colorScheme: 'light', pages: [...english, ...edition('ru')] },
	{ name: 'desktop, dark', viewport: { width: 1280, height: 900 }, colorScheme: 'dark', pages: oneOfEachKind },
	{ name: 'phone, light', viewport: { width: 390, height: 844 }, colorScheme: 'light', pages: oneOfEachKind },
	{ name: 'phone, dark', viewport: { width: 390, height: 844 }, colorScheme: 'dark', pages: [...oneOfEachKind, ...edition('zh')] },
] as const;

const site = siteInBrowser();

describe.each(modes)('axe reports no violations ($name)', (mode) => {
	let context: BrowserContext;
	beforeAll(async () => {
		context = await site.browser.newContext({ viewport: mode.viewport, colorScheme: mode.colorScheme });
	});
	afterAll(() => context?.close());

	it('with the search panel open on results', async () => {
		const page = await context.newPage();
		await page.goto(`${site.url}organizations/index.html`);
		await page.locator('#site-search').pressSequentially('memorandum');
		await expect.poll(() => page.locator('#site-search-panel .search-result').count()).toBeGreaterThan(2);
		await page.evaluate(axeSource);
		const found = await page.evaluate(
			async (tags) =>
				(
					await (
						window as unknown as {
							axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
						}
					).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
				).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
			TAGS,
		);
		expect(found).toEqual([]);
		await page.close();
	});

	it('on every page', async () => {
		const violations: string[] = [];
		// Two tabs at once: axe runs in the page, and the machine has two cores.
		const tabs = 2;
		await Promise.all(Array.from({ length: tabs }, (_, tab) => scan(mode.pages.filter((_, i) => i % tabs === tab))));
		expect(violations.sort()).toEqual([]);

		async function scan(paths: readonly string[]) {
			const page = await context.newPage();
			for (const path of paths) {
				await page.goto(site.url + path);
				await page.evaluate(axeSource);
				const found = await page.evaluate(
					async (tags) =>
						(
							await (
								window as unknown as {
									axe: {
										run: (c: Document, o: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }>;
									};
								}
							).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
						).violations.map(
							(v) =>
								`${v.id} (${v.help}): ${v.nodes
									.slice(0, 3)
									.map((n) => n.target.join(' '))
									.join(', ')}${v.nodes.length > 3 ? ` and ${v.nodes.length - 3} more` : ''}`,
						),
					TAGS,
				);
				violations.push(...found.map((v) => `${path}: ${v}`));
			}
			await page.close();
		}
	}, 900_000);
});
