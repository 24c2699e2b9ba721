/**
 * What a reader's first search fetches, measured in Chromium on a built site served on loopback:
 * from a fresh browser context on the home page, the query is typed into the header's box one
 * letter at a time, as a reader types, and every response after the box is focused is counted
 * gzip-compressed (as a static host serves it). Each prefix runs its own search, fetching its own
 * index chunks and result fragments, so the total is what typing costs, not only the last query.
 * Used by the 1,000-entry gate and the scale benchmark (which also points it at Starlight).
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Response } from 'playwright-core';
import { serveStatic } from './static-server';

/** How a site's search is reached: what to click first (if anything), where to type, when it is done. */
export interface SearchBox {
	open?: string;
	input: string;
	/** Runs in the page: true once the results for `query` are shown. */
	done: (query: string) => boolean;
}

/**
 * This site's header box: done when its status line answers the text typed so far (a last letter
 * on its own is not searched: src/lib/search/keys.ts).
 */
export const OUR_SEARCH: SearchBox = {
	input: '#site-search',
	done: (query) => document.getElementById('site-search-status')?.dataset['query'] === query,
};

/**
 * Starlight's search dialog (Pagefind's UI): done when its message names the whole query and the
 * first result's title has loaded (its fragment fetched), or no result was found.
 */
export const STARLIGHT_SEARCH: SearchBox = {
	open: 'button[data-open-modal]',
	input: '.pagefind-ui__search-input',
	done: (query) => {
		const message = document.querySelector('.pagefind-ui__message')?.textContent ?? '';
		return message.includes(query) && (/^No results/.test(message) || document.querySelector('.pagefind-ui__result-link') !== null);
	},
};

/** Queries as a reader might type them: a rare word, common words, a short name and a long one. */
export const FIRST_QUERIES = ['memorandum', 'terrorism', 'cooperation', 'SCO', 'Beslan', 'Shanghai Cooperation Organisation'];

/** The same kinds of query in the Russian and Chinese editions, typed on their home pages. */
export const EDITION_QUERIES: Record<string, string[]> = {
	'ru/': ['меморандум', 'терроризм', 'сотрудничество', 'ШОС', 'Беслан', 'Шанхайская организация сотрудничества'],
	'zh/': ['备忘录', '恐怖主义', '合作', '上合组织', '别斯兰', '上海合作组织地区反恐怖机构'],
};

export interface FirstQuery {
	query: string;
	/** gzip bytes fetched from focusing the box to the last result shown. */
	bytes: number;
	requests: number;
	/** Bytes by kind: fragment, index, filter, metadata, engine (wasm), script, other. */
	byKind: Record<string, number>;
}

const KINDS: [string, RegExp][] = [
	['fragment', /pf_fragment/],
	['index', /pf_index/],
	['filter', /pf_filter/],
	['metadata', /pf_meta|pagefind-entry/],
	['engine', /wasm/],
	['script', /\.js(\?|$)/],
];
const kindOf = (url: string) => KINDS.find(([, pattern]) => pattern.test(url))?.[0] ?? 'other';

export async function measureFirstQueries(
	browser: Browser,
	dist: string,
	box = OUR_SEARCH,
	queries = FIRST_QUERIES,
	/** The page typed on, below the site's root: an edition's home, such as `ru/`. */
	start = '',
): Promise<FirstQuery[]> {
	const server = await serveStatic(dist);
	const out: FirstQuery[] = [];
	try {
		for (const query of queries) {
			const context = await browser.newContext();
			const page = await context.newPage();
			await page.goto(server.url + start, { waitUntil: 'networkidle' });
			const byKind: Record<string, number> = {};
			let requests = 0;
			// Bodies arrive asynchronously: every one is awaited before anything is summed.
			const pending: Promise<void>[] = [];
			const onResponse = (r: Response) => {
				// blob: is made in the page from files already counted; data: is inside the HTML.
				if (/^(blob|data):/.test(r.url())) return;
				requests++;
				const kind = kindOf(r.url());
				pending.push(
					r.body().then(
						(body) => void (byKind[kind] = (byKind[kind] ?? 0) + gzipSync(body).length),
						() => undefined,
					),
				);
			};
			page.on('response', onResponse);
			if (box.open) await page.click(box.open);
			await page.focus(box.input);
			// A reader who watches the results as they type: each prefix's results are shown before the
			// next key. Every prefix then runs its search to the end, whatever the machine's speed, so
			// the figure is the same from run to run (a faster typist can only fetch less).
			for (let i = 1; i <= query.length; i++) {
				await page.keyboard.type(query[i - 1]!);
				const typed = query.slice(0, i).trim();
				if (typed) await page.waitForFunction(box.done, typed, { timeout: 60_000 });
			}
			await page.waitForLoadState('networkidle');
			page.off('response', onResponse);
			await Promise.all(pending);
			out.push({ query, bytes: Object.values(byKind).reduce((a, b) => a + b, 0), requests, byKind });
			await context.close();
		}
	} finally {
		await server.close();
	}
	return out;
}
