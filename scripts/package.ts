/**
 * Writes the offline edition into dist/: ct-reference-offline.zip and its SHA-256 beside it.
 * Run after `astro build` (npm run build does both). The archive itself is made in archive.ts.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARCHIVE, buildArchive } from './archive.ts';

const DIST = join(import.meta.dirname, '..', 'dist');
const zip = buildArchive(DIST);
const sha256 = createHash('sha256').update(zip).digest('hex');
writeFileSync(join(DIST, ARCHIVE), zip);
writeFileSync(join(DIST, `${ARCHIVE}.sha256`), `${sha256}  ${ARCHIVE}\n`);
console.log(`${ARCHIVE}: ${(zip.length / 1024).toFixed(0)} KiB, sha256 ${sha256}`);
