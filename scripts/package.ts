/**
 * Writes the offline edition: dist/ct-reference-offline.zip, the built site in a folder with a
 * README.txt, and its SHA-256 beside it. The same build gives the same bytes: entries are sorted
 * and every file carries one fixed date, so the checksum can be compared across builds.
 * Run after `astro build` (npm run build does both).
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync, type Zippable } from 'fflate';

const DIST = join(import.meta.dirname, '..', 'dist');
export const ARCHIVE = 'ct-reference-offline.zip';
const FOLDER = 'ct-reference-offline';
// Zip dates are local-time fields; 2025-01-01 12:00 stays on the same day in every time zone.
const FIXED_DATE = new Date(2025, 0, 1, 12, 0, 0);

const README = `Eurasian Counter-Terrorism Cooperation: offline edition
=========================================================

A cited, searchable reference on the SCO Regional Anti-Terrorist Structure (RATS) and the
CIS Anti-Terrorism Center (ATC), built from two 2025 articles.

How to open it
  1. Unzip this archive anywhere (a laptop, a USB stick, any folder).
  2. Open the folder ${FOLDER} and double-click index.html.
     It opens in your web browser; no internet connection and no installation are needed.

What works offline
  Everything: every page and link, the notes and citations, the bibliography, the timeline
  and its filters, and search (the same search as on the web, with its filters).
  The site requests nothing from the internet. Links to outside works (DOIs, the web pages
  the articles cite) open only when you are online.

Browsers
  Tested in Chromium. Search needs a browser with JavaScript and WebAssembly enabled.
`;

function files(dir: string): string[] {
	return readdirSync(dir)
		.sort()
		.flatMap((name) => {
			const path = join(dir, name);
			return statSync(path).isDirectory() ? files(path) : [path];
		});
}

const entries: Zippable = {};
for (const path of files(DIST)) {
	const name = relative(DIST, path).split('\\').join('/');
	if (name === ARCHIVE || name === `${ARCHIVE}.sha256`) continue;
	entries[`${FOLDER}/${name}`] = [readFileSync(path), { mtime: FIXED_DATE }];
}
entries[`${FOLDER}/README.txt`] = [new TextEncoder().encode(README), { mtime: FIXED_DATE }];

// Insertion order is the order in the archive: sort it so the bytes do not depend on the file system.
const sorted: Zippable = Object.fromEntries(Object.entries(entries).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
const zip = zipSync(sorted, { level: 9 });
const sha256 = createHash('sha256').update(zip).digest('hex');
writeFileSync(join(DIST, ARCHIVE), zip);
writeFileSync(join(DIST, `${ARCHIVE}.sha256`), `${sha256}  ${ARCHIVE}\n`);
console.log(`${ARCHIVE}: ${(zip.length / 1024).toFixed(0)} KiB, ${Object.keys(sorted).length} files, sha256 ${sha256}`);
