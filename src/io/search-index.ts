/**
 * The search index: Pagefind indexes the built HTML through its Node API, then its word index is
 * cut into smaller chunks (src/lib/search/chunks.ts) so that a reader's first query downloads less.
 */
import type { AstroIntegrationLogger } from 'astro';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gunzip as gunzipCallback, gzip as gzipCallback } from 'node:zlib';
import { dirname, join } from 'node:path';
import { close, createIndex } from 'pagefind';
import { inBatches } from './batches';
import { CHUNK_SHARE, CHUNK_WEIGHT } from '../lib/search/chunk-plan';
import { splitIndex } from '../lib/search/chunks';
import { shortenPageNames } from '../lib/search/pages';

// zlib's asynchronous calls run on libuv's thread pool: the thousand chunks of a large index are
// compressed on every core at once rather than one after another on this thread.
const gzip = promisify(gzipCallback);
const gunzip = promisify(gunzipCallback);

/** Pagefind's pagefind-entry.json: its version, and each language's metadata file and engine. */
export interface PagefindEntry {
	version: string;
	languages: Record<string, { hash: string; wasm?: string; page_count?: number }>;
}

/**
 * The error for a Pagefind whose files one of this project's transforms no longer understands:
 * which files, which transform, what failed, and the fix. Used by the index splitter here and the
 * fragment slimmer in src/io/search-bundle.ts.
 */
export function pagefindChanged(version: string, mismatch: string, tool: string, error: unknown): Error {
	return new Error(
		`Pagefind ${version}'s ${mismatch}: ${(error as Error).message}. Install exactly the Pagefind version package.json pins, or check the ${tool} against the new version.`,
		{ cause: error },
	);
}

/** Indexes the HTML in `out` into out/pagefind. Exported for the size benchmark. */
export async function buildSearchIndex(out: string, logger: Pick<AstroIntegrationLogger, 'info'>) {
	const { index, errors } = await createIndex();
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	try {
		const added = await index.addDirectory({ path: out });
		if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
		if (added.page_count === 0) throw new Error('Pagefind indexed no pages: is data-pagefind-body missing from <main>?');
		const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
		if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
		logger.info(`search index written (${added.page_count} HTML files read)`);
	} finally {
		await close();
	}
}

/**
 * Replaces Pagefind's word-index chunks in out/pagefind with smaller ones (see
 * src/lib/search/chunks.ts) and points its metadata and entry file at them. Exported for the
 * size benchmark.
 */
export async function splitSearchIndex(out: string, logger: Pick<AstroIntegrationLogger, 'info'>, limit = CHUNK_WEIGHT) {
	const base = join(out, 'pagefind');
	const entryPath = join(base, 'pagefind-entry.json');
	const entry = JSON.parse(await readFile(entryPath, 'utf8')) as PagefindEntry;
	const indexDir = join(base, 'index');
	const files = (await readdir(indexDir)).filter((f) => f.endsWith('.pf_index')).sort();
	for (const [language, info] of Object.entries(entry.languages)) {
		const mine = files.filter((f) => f.startsWith(`${language}_`));
		const metaPath = join(base, `pagefind.${info.hash}.pf_meta`);
		let result;
		try {
			result = splitIndex({
				version: entry.version,
				language,
				limit: limit * (CHUNK_SHARE[language] ?? 1),
				meta: await gunzip(await readFile(metaPath)),
				chunks: new Map(
					await Promise.all(
						mine.map(async (f) => [f.replace(/\.pf_index$/, ''), await gunzip(await readFile(join(indexDir, f)))] as const),
					),
				),
			});
		} catch (error) {
			throw pagefindChanged(entry.version, 'index no longer matches the chunk splitter (src/lib/search/chunks.ts)', 'splitter', error);
		}
		// Level 9, as Pagefind compresses; Node's gzip writes no timestamp, so builds stay identical.
		await Promise.all(mine.map((f) => rm(join(indexDir, f))));
		const sizes = await Promise.all(
			[...result.chunks].map(async ([name, bytes]) => {
				const compressed = await gzip(bytes, { level: 9 });
				await writeFile(join(indexDir, `${name}.pf_index`), compressed);
				return compressed.length;
			}),
		);
		// Short page names in the metadata every first query loads; the fragments move to match.
		const short = shortenPageNames(result.meta, language);
		const folders = new Set([...short.renames].map(([, to]) => dirname(join(base, 'fragment', to))));
		await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
		await inBatches(short.renames, ([from, to]) =>
			rename(join(base, 'fragment', `${from}.pf_fragment`), join(base, 'fragment', `${to}.pf_fragment`)),
		);
		await rm(metaPath);
		await writeFile(join(base, `pagefind.${short.metaHash}.pf_meta`), await gzip(short.meta, { level: 9 }));
		info.hash = short.metaHash;
		logger.info(
			`search index (${language}): ${mine.length} chunks re-cut into ${result.chunks.size}, largest ${(Math.max(...sizes) / 1024).toFixed(1)} KiB gzip; ${result.dropped.length} punctuated copies of words left out`,
		);
	}
	await writeFile(entryPath, JSON.stringify(entry));
}
