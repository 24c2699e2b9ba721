/**
 * Sizes of the offline edition: the archive, the search bundle, and the bytes the first query
 * loads, on the real site and on a copy padded with synthetic pages, so that growth per page is
 * known. Run with `npm run bench:offline` after `npm run build`; it prints a table and writes
 * nothing into the repository.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { wrapSearchFiles } from '../src/io/search-bundle';
import { buildSearchIndex, splitSearchIndex } from '../src/io/search-index';
import { launch } from '../tests/helpers/browser';
import { DIST } from '../tests/helpers/site';
import { serveStatic } from '../tests/helpers/static-server';

const PADDING = Number(process.env['PAD_PAGES'] ?? 1000);
const QUERY = 'cooperation terrorism';
const quiet = { info: () => {} };

function size(dir: string): number {
	return readdirSync(dir).reduce((sum, name) => {
		const path = join(dir, name);
		return sum + (statSync(path).isDirectory() ? size(path) : statSync(path).size);
	}, 0);
}

/** Bytes of search files (raw and gzip) fetched by a reader's first query in the header box of the home page. */
async function firstQuery(root: string): Promise<{ raw: number; gzip: number; files: number }> {
	const server = await serveStatic(root);
	const browser = await launch();
	try {
		const page = await browser.newPage();
		let raw = 0;
		let gzip = 0;
		let files = 0;
		const bodies: Promise<void>[] = [];
		page.on('response', (r) => {
			if (!r.url().includes('/pagefind/')) return;
			files++;
			bodies.push(
				r.body().then((body) => {
					raw += body.length;
					gzip += gzipSync(body).length;
				}),
			);
		});
		await page.goto(`${server.url}index.html`);
		await page.fill('#site-search', QUERY);
		await page.waitForFunction(() => /results? for/.test(document.getElementById('site-search-status')?.textContent ?? ''));
		await page.waitForLoadState('networkidle');
		await Promise.all(bodies);
		return { raw, gzip, files };
	} finally {
		await browser.close();
		await server.close();
	}
}

// Deterministic filler in the site's own vocabulary, so the index grows as it would with real pages.
function pad(root: string, count: number) {
	const template = readFileSync(join(root, 'sources/li-2025/comparative-analysis/index.html'), 'utf8');
	const words = template
		.replace(/<[^>]+>/g, ' ')
		.split(/\s+/)
		.filter((w) => /^[A-Za-z]{4,}$/.test(w));
	let seed = 1;
	const next = () => (seed = (seed * 16807) % 2147483647);
	for (let i = 0; i < count; i++) {
		const text = Array.from({ length: 400 }, () => words[next() % words.length]).join(' ');
		const html = `<!doctype html><html lang="en"><head><title>Padding ${i}</title></head><body><main data-pagefind-body><h1>Padding page ${i}</h1><p>${text}</p></main></body></html>`;
		mkdirSync(join(root, 'padding', String(i)), { recursive: true });
		writeFileSync(join(root, 'padding', String(i), 'index.html'), html);
	}
}

it('reports archive, search bundle and first-query sizes', { timeout: 600_000 }, async () => {
	const real = {
		archive: statSync(join(DIST, 'ct-reference-offline.zip')).size,
		bundle: size(join(DIST, 'pagefind')),
		pages: Number(
			/"page_count":(\d+)/.exec(
				Buffer.from(
					/"([A-Za-z0-9+/=]+)";\s*$/.exec(readFileSync(join(DIST, 'pagefind/pagefind-entry.json.js'), 'utf8'))![1]!,
					'base64',
				).toString(),
			)![1],
		),
		query: await firstQuery(DIST),
	};

	const copy = mkdtempSync(join(tmpdir(), 'ct-padded-'));
	try {
		cpSync(DIST, copy, { recursive: true });
		rmSync(join(copy, 'pagefind'), { recursive: true });
		pad(copy, PADDING);
		await buildSearchIndex(copy, quiet);
		await splitSearchIndex(copy, quiet);
		await wrapSearchFiles(copy, quiet);
		const padded = { bundle: size(join(copy, 'pagefind')), query: await firstQuery(copy) };

		const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
		const rows = [
			['', `site (${real.pages} pages)`, `padded (+${PADDING})`, 'per added page'],
			['archive (zip)', kib(real.archive), '', ''],
			['search bundle on disk', kib(real.bundle), kib(padded.bundle), `${((padded.bundle - real.bundle) / PADDING / 1024).toFixed(2)} KiB`],
			[
				`first query "${QUERY}", raw`,
				`${kib(real.query.raw)} in ${real.query.files} files`,
				`${kib(padded.query.raw)} in ${padded.query.files} files`,
				`${((padded.query.raw - real.query.raw) / PADDING).toFixed(0)} B`,
			],
			[
				'first query, gzip',
				kib(real.query.gzip),
				kib(padded.query.gzip),
				`${((padded.query.gzip - real.query.gzip) / PADDING).toFixed(0)} B`,
			],
		];
		console.log(`\n${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}\n`);
		expect(real.query.files).toBeGreaterThan(0);
	} finally {
		rmSync(copy, { recursive: true, force: true });
	}
});
