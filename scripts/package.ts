/**
 * Writes the offline edition into dist/: ct-reference-offline.zip and its SHA-256 beside it.
 * Run after the build and the search index (npm run build does all three); src/io/archive.ts makes it.
 */
import { createHash } from 'node:crypto';
import { createReadStream, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARCHIVE, writeArchiveFile } from '../src/io/archive.ts';

const DIST = join(import.meta.dirname, '..', 'dist');
const file = join(DIST, ARCHIVE);
await writeArchiveFile(DIST, file);
const hash = createHash('sha256');
for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
const sha256 = hash.digest('hex');
writeFileSync(join(DIST, `${ARCHIVE}.sha256`), `${sha256}  ${ARCHIVE}\n`);
console.log(`${ARCHIVE}: ${(statSync(file).size / 1024).toFixed(0)} KiB, sha256 ${sha256}`);
