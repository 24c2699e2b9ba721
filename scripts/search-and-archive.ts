/**
 * What `npm run build` does after Astro: the search index (scripts/search-index.ts) and the
 * offline archive (scripts/package.ts) at once. The archive packs every file but the search
 * index's while Pagefind indexes and the index is re-cut and wrapped, then packs those and writes
 * the archive, entry by entry in the same order as alone: the same bytes. A process of its own, so
 * that Pagefind runs once Astro's has ended and returned its memory. Each step logs its time, for
 * the scale benchmark's record of the build's phases.
 */
import { join } from 'node:path';
import { packAhead, packageSite } from '../src/io/archive';
import { wrapSearchFiles } from '../src/io/search-bundle';
import { buildSearchIndex, splitSearchIndex } from '../src/io/search-index';

const DIST = join(import.meta.dirname, '..', 'dist');
const logger = { info: (message: string) => console.log(`[search] ${message}`) };
const timed = async <T>(step: string, run: () => Promise<T>): Promise<T> => {
	const start = performance.now();
	const result = await run();
	console.log(`[time] ${step}: ${((performance.now() - start) / 1000).toFixed(1)} s`);
	return result;
};
const ahead = timed('archive, packed ahead', () => packAhead(DIST, ['pagefind']));
await timed('Pagefind', () => buildSearchIndex(DIST, logger));
await timed('re-cut', () => splitSearchIndex(DIST, logger));
await timed('wrapping', () => wrapSearchFiles(DIST, logger));
console.log(await timed('archive, written', async () => packageSite(DIST, await ahead)));
