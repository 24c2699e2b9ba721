import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../helpers/browser';
import { DIST, builtPages, readPage } from '../helpers/site';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

describe('the Atom feed', () => {
	it('parses as Atom 1.0, with the elements every feed and entry must have', async () => {
		const page = await browser.newPage();
		const xml = readFileSync(join(DIST, 'feed.xml'), 'utf8');
		const report = await page.evaluate((text) => {
			const doc = new DOMParser().parseFromString(text, 'application/xml');
			const NS = 'http://www.w3.org/2005/Atom';
			const feed = doc.documentElement;
			const one = (el: Element, name: string) => el.getElementsByTagNameNS(NS, name).length > 0;
			const entries = [...feed.getElementsByTagNameNS(NS, 'entry')];
			const date = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
			return {
				error: doc.getElementsByTagName('parsererror').length,
				root: `${feed.namespaceURI} ${feed.localName}`,
				feed: ['id', 'title', 'updated', 'author'].every((n) => one(feed, n)),
				entries: entries.length,
				complete: entries.every((e) => ['id', 'title', 'updated', 'link', 'summary'].every((n) => one(e, n))),
				dates: [...doc.getElementsByTagNameNS(NS, 'updated')].every((u) => date.test(u.textContent ?? '')),
				ids: new Set(entries.map((e) => e.getElementsByTagNameNS(NS, 'id')[0]!.textContent)).size === entries.length,
			};
		}, xml);
		expect(report).toEqual({
			error: 0,
			root: 'http://www.w3.org/2005/Atom feed',
			feed: true,
			entries: report.entries,
			complete: true,
			dates: true,
			ids: true,
		});
		expect(report.entries).toBeGreaterThan(0);
		expect(report.entries).toBeLessThanOrEqual(50);
		await page.close();
	});

	it('dates each entry by the instant its file last changed, so entries of one day stay apart', () => {
		const xml = readFileSync(join(DIST, 'feed.xml'), 'utf8');
		const commit = execFileSync(
			'git',
			['log', '-1', '--format=%cd', '--date=format-local:%Y-%m-%dT%H:%M:%SZ', '--', 'content/notes/nine-or-ten-members.md'],
			{
				encoding: 'utf8',
				env: { ...process.env, TZ: 'UTC' },
			},
		).trim();
		const entry = xml.split('<entry>').find((e) => e.includes('/notes/nine-or-ten-members/'));
		// The note is among the latest changes, so the feed lists it.
		expect(entry).toBeDefined();
		expect(entry).toContain(`<updated>${commit}</updated>`);
		const stamps = [...xml.matchAll(/<entry>[\s\S]*?<updated>([^<]+)<\/updated>/g)].map((m) => m[1]!);
		expect(stamps).toEqual(stamps.toSorted().reverse());
	});

	it('is linked from every page’s head and from the home page', () => {
		for (const p of builtPages())
			expect(readPage(p), p).toMatch(/<link rel="alternate" type="application\/atom\+xml"[^>]*href="[^"]*feed\.xml"/);
		expect(readPage('index.html')).toMatch(/<a href="feed\.xml" type="application\/atom\+xml">/);
	});
});
