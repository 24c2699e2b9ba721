/**
 * The offline edition as a zip: the built site in one folder, with a README.txt. The same files
 * give the same bytes (entries sorted, one fixed date on every file), so its checksum can be
 * compared across builds. scripts/package.ts writes it; tests rebuild it to compare.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync, type Zippable } from 'fflate';

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

/** The archive of a built site in `dist`, as bytes: the same files always give the same bytes. */
export function buildArchive(dist: string): Uint8Array {
	const entries: Zippable = {};
	for (const path of files(dist)) {
		const name = relative(dist, path).split('\\').join('/');
		if (name === ARCHIVE || name === `${ARCHIVE}.sha256`) continue;
		entries[`${FOLDER}/${name}`] = [readFileSync(path), { mtime: FIXED_DATE }];
	}
	entries[`${FOLDER}/README.txt`] = [new TextEncoder().encode(README), { mtime: FIXED_DATE }];
	// Insertion order is the order in the archive: sort it so the bytes do not depend on the file system.
	const sorted: Zippable = Object.fromEntries(Object.entries(entries).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
	return zipSync(sorted, { level: 9 });
}
