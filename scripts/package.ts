/**
 * Writes the offline edition of the built site into dist/: ct-reference-offline.zip and its
 * SHA-256 beside it (src/io/archive.ts). `npm run build` makes it together with the search index
 * (scripts/search-and-archive.ts); this is the archive alone, of a dist/ that has its index.
 */
import { join } from 'node:path';
import { packageSite } from '../src/io/archive.ts';

console.log(await packageSite(join(import.meta.dirname, '..', 'dist')));
