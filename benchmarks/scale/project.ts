/**
 * A throw-away copy of the project for a scale run: everything but what a build makes or git
 * keeps. It lives under the system's temporary folder, outside any git checkout, so the copy has
 * no history (pages get no "last changed" dates, as in any copy without .git) and nothing it
 * builds touches the working tree.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

/** Left out of the copy: build output, caches, history, benchmark results, and the dependencies (linked instead). */
const SKIP = new Set(['node_modules', 'dist', '.git', '.astro', 'test-results', 'screenshots', join('benchmarks', 'results')]);
/** Caches that Astro and Vite keep inside node_modules: a copy starts without them, as a fresh clone does. */
const CACHES = new Set(['.astro', '.vite', '.cache']);

/**
 * `to/node_modules` as a folder of links to each package of `from/node_modules`, without the
 * build caches: Astro keeps its content store in node_modules/.astro, and through one shared
 * link every build would reuse (and overwrite) the last one's rendered entries, so a measured
 * build would not start cold, and two builds at once would write the same file.
 */
export function linkModules(from: string, to: string) {
	mkdirSync(join(to, 'node_modules'), { recursive: true });
	for (const name of readdirSync(join(from, 'node_modules'))) {
		if (!CACHES.has(name)) symlinkSync(join(from, 'node_modules', name), join(to, 'node_modules', name));
	}
}

export function copyProject(from: string, prefix = 'scale-'): string {
	const to = mkdtempSync(join(tmpdir(), prefix));
	cpSync(from, to, { recursive: true, filter: (src) => !SKIP.has(relative(from, src)) });
	linkModules(from, to);
	return to;
}
