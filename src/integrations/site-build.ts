import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { gunzipSync, gzipSync } from 'node:zlib';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';
import { checkContent, formatProblem } from '../lib/content-check';
import { CHUNK_WEIGHT, splitIndex } from '../lib/search-chunks';
import { SEARCH_SCRIPT_PLACEHOLDER, relativeUrl } from '../lib/urls';

/**
 * Everything that happens to the built site after Astro has written it, in order:
 * 1. bundle the search client as a classic script (module scripts do not run from disk);
 * 2. make every site-root URL in the HTML relative to its page, naming index.html, so one build
 *    works at a domain root, under a sub-path and opened from disk, and space out definition
 *    lists so search reads their terms as separate words;
 * 3. build the Pagefind index through its Node API, then cut its word index into smaller chunks
 *    (src/lib/search-chunks.ts) so a first query downloads less;
 * 4. wrap each file search needs in a classic script for src/scripts/pagefind-loader.ts, after
 *    checking that Pagefind is the version and shape that loader was written for.
 * Any failure stops the build: a site whose search silently broke must not be published.
 */
export default function siteBuild(): AstroIntegration {
	return {
		name: 'ct-reference:site-build',
		hooks: {
			// Before Astro reads any content, so every problem is listed at once instead of the first one.
			// The dev server only warns: a maintainer mid-edit should still see the preview.
			'astro:config:setup': ({ command, logger }) => {
				if (command === 'build') assertContentValid(process.cwd(), logger);
				else if (command === 'dev') {
					for (const p of checkContent(process.cwd())) logger.warn(formatProblem(p));
				}
			},
			'astro:build:done': async ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const script = await bundleSearchClient(out);
				const pages = await relativizePages(out, script);
				logger.info(`links made relative in ${pages} pages; search client ${script}`);
				await buildSearchIndex(out, logger);
				await splitSearchIndex(out, logger);
				await wrapSearchFiles(out, logger);
			},
		},
	};
}

/**
 * Runs the content check before anything is built: every problem is listed, warnings go to the
 * log, and any error stops the build with the whole list, so a bad edit is never published.
 */
export function assertContentValid(root: string, logger: Pick<AstroIntegrationLogger, 'warn'>) {
	const problems = checkContent(root);
	const errors = problems.filter((p) => p.severity === 'error');
	for (const warning of problems.filter((p) => p.severity === 'warning')) logger.warn(formatProblem(warning));
	if (errors.length > 0) {
		throw new Error(`The content has ${errors.length} problem${errors.length === 1 ? '' : 's'} to fix before the site can be built:\n\n${errors.map(formatProblem).join('\n')}\n\nRun \`npm run check\` to see them again after editing.`);
	}
}

async function* walk(dir: string): AsyncGenerator<string> {
	for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* walk(path);
		else yield path;
	}
}

async function bundleSearchClient(out: string): Promise<string> {
	const result = await build({
		entryPoints: [fileURLToPath(new URL('../scripts/search-entry.ts', import.meta.url))],
		bundle: true,
		format: 'iife',
		target: 'es2022',
		minify: true,
		write: false,
		legalComments: 'none',
		define: { 'import.meta.env': '{"BASE_URL":"/"}' },
		logLevel: 'silent',
	});
	const code = result.outputFiles[0]!.contents;
	const name = `_astro/search.${createHash('sha256').update(code).digest('hex').slice(0, 10)}.js`;
	await writeFile(join(out, name), code);
	return name;
}

async function relativizePages(out: string, script: string): Promise<number> {
	let count = 0;
	for await (const path of walk(out)) {
		if (!path.endsWith('.html')) continue;
		const file = relative(out, path).split('\\').join('/');
		let html = await readFile(path, 'utf8');
		html = spaceDefinitionLists(html.replaceAll(`="${SEARCH_SCRIPT_PLACEHOLDER}"`, `="/${script}"`));
		// The 404 page is served at any depth of a web address, so it keeps site-root links.
		if (file !== '404.html') {
			html = html.replace(/(\s(?:href|src|action|data-src)=")(\/[^"]*)"/g, (_, attr: string, url: string) => `${attr}${relativeUrl(file, url.replaceAll('&amp;', '&')).replaceAll('&', '&amp;')}"`);
		}
		await writeFile(path, html);
		count++;
	}
	return count;
}

/**
 * Puts a space between a definition list's terms and descriptions. Astro drops the whitespace
 * between tags, and Pagefind (1.6) does not treat `<dt>` and `<dd>` as breaks between words, so
 * "Kind" + "Organ of an organization" was indexed as the word "kindorgan" and shown in search
 * excerpts as "KindOrgan of an organization". A space between the elements renders as nothing.
 */
export function spaceDefinitionLists(html: string): string {
	return html.replace(/<\/(dt|dd)>(?=<d[td][\s>])/g, '</$1> ');
}

/** Indexes the HTML in `out` into out/pagefind. Exported for the size benchmark. */
export async function buildSearchIndex(out: string, logger: Pick<AstroIntegrationLogger, 'info'>) {
	const { index, errors } = await createIndex({ forceLanguage: 'en' });
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

/** Pagefind's pagefind-entry.json: its version, and each language's metadata file and engine. */
interface PagefindEntry {
	version: string;
	languages: Record<string, { hash: string; wasm?: string; page_count?: number }>;
}

/**
 * Replaces Pagefind's word-index chunks in out/pagefind with smaller ones (see
 * src/lib/search-chunks.ts) and points its metadata and entry file at them. Exported for the
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
				limit,
				meta: gunzipSync(await readFile(metaPath)),
				chunks: new Map(await Promise.all(mine.map(async (f) => [f.replace(/\.pf_index$/, ''), gunzipSync(await readFile(join(indexDir, f)))] as const))),
			});
		} catch (error) {
			throw new Error(
				`Pagefind ${entry.version}'s index no longer matches the chunk splitter (src/lib/search-chunks.ts): ${(error as Error).message}. Install exactly the Pagefind version package.json pins, or check the splitter against the new version.`,
			);
		}
		// Level 9, as Pagefind compresses; Node's gzip writes no timestamp, so builds stay identical.
		await Promise.all(mine.map((f) => rm(join(indexDir, f))));
		const sizes: number[] = [];
		for (const [name, bytes] of result.chunks) {
			const compressed = gzipSync(bytes, { level: 9 });
			sizes.push(compressed.length);
			await writeFile(join(indexDir, `${name}.pf_index`), compressed);
		}
		await rm(metaPath);
		await writeFile(join(base, `pagefind.${result.metaHash}.pf_meta`), gzipSync(result.meta, { level: 9 }));
		info.hash = result.metaHash;
		logger.info(`search index (${language}): ${mine.length} chunks re-cut into ${result.chunks.size}, largest ${(Math.max(...sizes) / 1024).toFixed(1)} KiB gzip`);
	}
	await writeFile(entryPath, JSON.stringify(entry));
}

/** Files of Pagefind's output that the loader fetches; the rest (its own UIs, its worker) is unused. */
const SEARCH_FILES = /^(pagefind\.js|pagefind-entry\.json|pagefind\.[^/]+\.pf_meta|wasm\.[^/]+\.pagefind|(index|filter|fragment)\/[^/]+)$/;

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
	let wrapped = 0;
	let bytes = 0;
	for await (const path of walk(base)) {
		const name = relative(base, path).split('\\').join('/');
		if (SEARCH_FILES.test(name) && (!name.startsWith('wasm.') || engines.has(name))) {
			// Text (Pagefind's own module) travels as a string, which gzip shrinks as well as the
			// file itself; binary files are already compressed, so base64 costs them almost nothing.
			const bytes_ = await readFile(path);
			const data = name.endsWith('.js') ? JSON.stringify({ text: bytes_.toString('utf8') }) : `"${bytes_.toString('base64')}"`;
			const script = `(self.__pagefindFiles||(self.__pagefindFiles={}))[${JSON.stringify(name)}]=${data};\n`;
			await writeFile(`${path}.js`, script);
			wrapped++;
			bytes += script.length;
		}
		await rm(path);
	}
	logger.info(`search bundle: ${wrapped} files wrapped for loading from disk, ${(bytes / 1024).toFixed(0)} KiB`);
}
