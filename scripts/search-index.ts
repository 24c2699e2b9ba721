/**
 * The search index of the built site in dist/: Pagefind's index, re-cut into small chunks, and
 * wrapped for pages opened from disk (src/io/search-index.ts, src/io/search-bundle.ts): the index
 * alone, of a built dist/. `npm run build` makes it together with the offline archive
 * (scripts/search-and-archive.ts).
 */
import { join } from 'node:path';
import { wrapSearchFiles } from '../src/io/search-bundle';
import { buildSearchIndex, splitSearchIndex } from '../src/io/search-index';

const DIST = join(import.meta.dirname, '..', 'dist');
const logger = { info: (message: string) => console.log(`[search] ${message}`) };
await buildSearchIndex(DIST, logger);
await splitSearchIndex(DIST, logger);
await wrapSearchFiles(DIST, logger);
