/**
 * The search index of the built site in dist/: Pagefind's index, re-cut into small chunks, and
 * wrapped for pages opened from disk (src/io/search-index.ts, src/io/search-bundle.ts). A step
 * of its own after `astro build`, so that Pagefind runs once Astro's process has ended and
 * returned its memory, rather than beside it.
 */
import { join } from 'node:path';
import { wrapSearchFiles } from '../src/io/search-bundle';
import { buildSearchIndex, splitSearchIndex } from '../src/io/search-index';

const DIST = join(import.meta.dirname, '..', 'dist');
const logger = { info: (message: string) => console.log(`[search] ${message}`) };
await buildSearchIndex(DIST, logger);
await splitSearchIndex(DIST, logger);
await wrapSearchFiles(DIST, logger);
