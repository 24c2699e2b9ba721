/**
 * The search bundle for src/scripts/pagefind-loader.ts: each file of out/pagefind that search
 * needs (Pagefind's module minified, result fragments made lighter, the engine and metadata
 * recompressed), wrapped in a classic script
 * (browsers refuse fetch() and module imports on pages opened from disk), after checking that
 * Pagefind is the version and shape the loader was written for.
 */
import type { AstroIntegrationLogger } from 'astro';
import { transform } from 'esbuild';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { slimFragment } from '../lib/search/fragments';
import { inBatches } from './batches';
import { zopfliGzip } from './zopfli';
import { pagefindChanged, type PagefindEntry } from './search-index';

async function* walk(dir: string): AsyncGenerator<string> {
	for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* walk(path);
		else yield path;
	}
}

/** Files of Pagefind's output that the loader fetches; the rest (its own UIs, its worker) is unused. */
const SEARCH_FILES =
	/^(pagefind\.js|pagefind-entry\.json|pagefind\.[^/]+\.pf_meta|wasm\.[^/]+\.pagefind|(index|filter)\/[^/]+|fragment\/(?:[^/]+\/)?[^/]+)$/;

/**
 * What src/scripts/pagefind-loader.ts relies on inside pagefind.js. If an upgrade changes any of
 * them, the build stops here rather than shipping a search that fails in readers' browsers.
 */
const LOADER_ASSUMPTIONS: [string, string][] = [
	['export{createInstance', 'the module exports createInstance()'],
	['deriveBasePath=(explicit)=>{if(explicit)return explicit', 'an explicit basePath is used as given'],
	['const response=await fetch(queued.input)', 'index files are requested with the global fetch()'],
	['module_or_path=fetch(module_or_path)', 'the wasm is requested with the global fetch()'],
	['!this.initOptions.noWorker', 'the noWorker option keeps search on the main thread'],
];

/**
 * The files every first query loads, whatever it asks: the engine (about 60 KB) and the metadata
 * (about 50 KB at 10,000 entries). Pagefind writes them with zlib; Zopfli (src/io/zopfli.ts)
 * writes the same gzip format about 5 % smaller (the engine 59,758 → 56,887 B) in under a
 * second, so every reader's first search is about 3 KB lighter. Five iterations: more gained 15 B.
 */
const EVERY_QUERY = /^(wasm\.[^/]+\.pagefind|pagefind\.[^/]+\.pf_meta)$/;

/**
 * A file as the bundle carries it: a result fragment without the fields no result reads
 * (src/lib/search/fragments.ts), the files of every query recompressed (above), any other file as
 * it is. Fragments here rather than where they are renamed, because this step reads and writes
 * every file anyway: a pass of its own cost 9.7 s at 10,000 entries, this one about 5 s. On this
 * thread, since for files of a few kilobytes zlib's thread pool costs more than it saves (13,269
 * fragments: 1.9 s here, 5.1 s through the pool).
 */
async function lighter(name: string, bytes: Buffer, version: string): Promise<Uint8Array> {
	if (EVERY_QUERY.test(name)) return zopfliGzip(gunzipSync(bytes), 5);
	if (!name.startsWith('fragment/')) return bytes;
	try {
		return gzipSync(slimFragment(gunzipSync(bytes), name), { level: 9 });
	} catch (error) {
		throw pagefindChanged(version, 'result fragments no longer match the fragment slimmer (src/lib/search/fragments.ts)', 'slimmer', error);
	}
}

/** Wraps out/pagefind for src/scripts/pagefind-loader.ts. Exported for the size benchmark. */
export async function wrapSearchFiles(out: string, logger: Pick<AstroIntegrationLogger, 'info'>) {
	const base = join(out, 'pagefind');
	const pinned = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')).devDependencies.pagefind as string;
	const entry = JSON.parse(await readFile(join(base, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
	// Only the engines for languages the index has; Pagefind also writes a fallback that goes unused.
	const engines = new Set(Object.values(entry.languages).map((l) => `wasm.${l.wasm ?? 'unknown'}.pagefind`));
	if (entry.version !== pinned) {
		throw new Error(
			`Pagefind ${entry.version} wrote the index, but package.json pins ${pinned}. The offline search loader (src/scripts/pagefind-loader.ts) depends on Pagefind's internals: install exactly the pinned version, or check the loader against the new version and update the pin.`,
		);
	}
	const module = await readFile(join(base, 'pagefind.js'), 'utf8');
	const broken = LOADER_ASSUMPTIONS.filter(([marker]) => !module.includes(marker)).map(([, what]) => what);
	if (broken.length > 0) {
		throw new Error(
			`Pagefind ${entry.version} no longer matches the offline search loader (src/scripts/pagefind-loader.ts); these assumptions failed: ${broken.join('; ')}.`,
		);
	}
	// Every first query loads this module; minified it is about 2 KB lighter gzip. The checks
	// above read Pagefind's own text, since minifying renames the locals they name.
	const minified = (await transform(module, { minify: true, format: 'esm', charset: 'utf8' })).code;
	let wrapped = 0;
	let bytes = 0;
	const wrap = async (path: string) => {
		const name = relative(base, path).split('\\').join('/');
		if (SEARCH_FILES.test(name) && (!name.startsWith('wasm.') || engines.has(name))) {
			// Pagefind's module (the one text file) travels as a string, which gzip shrinks as well
			// as the file itself; binary files are already compressed, so base64 costs them little.
			const data =
				name === 'pagefind.js'
					? JSON.stringify({ text: minified })
					: `"${Buffer.from(await lighter(name, await readFile(path), entry.version)).toString('base64')}"`;
			const script = `(self.__pagefindFiles||(self.__pagefindFiles={}))[${JSON.stringify(name)}]=${data};\n`;
			await writeFile(`${path}.js`, script);
			wrapped++;
			bytes += script.length;
		}
		await rm(path);
	};
	// 12,000 files at 10,000 entries.
	await inBatches(walk(base), wrap);
	logger.info(`search bundle: ${wrapped} files wrapped for loading from disk, ${(bytes / 1024).toFixed(0)} KiB`);
}
