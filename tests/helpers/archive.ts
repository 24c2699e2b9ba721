import { unzipSync } from 'fflate';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DIST } from './site.ts';

/**
 * The offline reader's situation: the downloaded archive unzipped into a folder whose path has
 * spaces. Returns the temporary folder (for clean-up) and the site's folder inside it.
 */
export function unzipArchive(): { workdir: string; site: string } {
	const workdir = mkdtempSync(join(tmpdir(), 'ct reference '));
	const target = join(workdir, 'downloaded copy');
	const files = unzipSync(readFileSync(join(DIST, 'ct-reference-offline.zip')));
	for (const [name, bytes] of Object.entries(files)) {
		if (name.endsWith('/')) continue;
		mkdirSync(dirname(join(target, name)), { recursive: true });
		writeFileSync(join(target, name), bytes);
	}
	return { workdir, site: join(target, 'ct-reference-offline') };
}
