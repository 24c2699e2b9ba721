/**
 * What a page costs a reader on load, weighed one way for the budget test, the 1,000-entry gate
 * and the scale benchmark: its HTML plus the stylesheets it links for the screen, each gzipped at
 * level 9 as a static host would pre-compress them.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { builtPages, readPage } from './site';

/** One round trip on a new connection: the first congestion window, about ten 1,460-byte segments. */
export const FIRST_ROUND_TRIP = 14 * 1024;

export const gzipped = (bytes: string | Buffer) => gzipSync(bytes, { level: 9 }).length;

export interface PageWeight {
	page: string;
	/** gzip HTML + gzip CSS, in bytes. */
	bytes: number;
	/** gzip HTML alone. */
	html: number;
	stylesheets: string[];
}

/** A weigher for the pages of one built site; each stylesheet is compressed once, however many pages link it. */
export function pageWeigher(dist: string) {
	const css = new Map<string, number>();
	return (page: string, html = readPage(page, dist)): PageWeight => {
		// Relative links (this site) resolve from the page; root-relative ones (Starlight's) from the site's root.
		// A sheet for another medium (print) does not hold up the page on screen: the browser fetches
		// it afterwards, at the lowest priority, so it is not part of the first round trip.
		const stylesheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"( media="[^"]*")?/g)]
			.filter((m) => m[2] === undefined || m[2] === ' media="all"' || m[2] === ' media="screen"')
			.map((m) => normalize(m[1]!.startsWith('/') ? m[1]!.slice(1) : join(dirname(page), m[1]!)));
		let bytes = gzipped(html);
		const htmlBytes = bytes;
		for (const file of stylesheets) {
			if (!css.has(file)) css.set(file, gzipped(readFileSync(join(dist, file))));
			bytes += css.get(file)!;
		}
		return { page, bytes, html: htmlBytes, stylesheets };
	};
}

/** Every page of a built site, weighed: the heaviest few and every one over the round-trip budget. */
export function weighSite(dist: string, heaviest = 5): { pages: number; heaviest: PageWeight[]; over: PageWeight[] } {
	const weigh = pageWeigher(dist);
	const weights = builtPages(dist).map((page) => weigh(page));
	const sorted = weights.sort((a, b) => b.bytes - a.bytes || a.page.localeCompare(b.page));
	return { pages: weights.length, heaviest: sorted.slice(0, heaviest), over: sorted.filter((w) => w.bytes > FIRST_ROUND_TRIP) };
}
