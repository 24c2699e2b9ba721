/**
 * A throw-away copy of the project for a scale run: everything but what a build makes or git
 * keeps, with node_modules linked rather than copied. It lives under the system's temporary
 * folder, outside any git checkout, so the copy has no history (pages get no "last changed"
 * dates, as in any copy without .git) and nothing it builds touches the working tree.
 */
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

/** Left out of the copy: build output, caches, history, benchmark results, and the dependencies (linked instead). */
const SKIP = new Set(['node_modules', 'dist', '.git', '.astro', 'test-results', 'screenshots', join('benchmarks', 'results')]);

export function copyProject(from: string, prefix = 'scale-'): string {
	const to = mkdtempSync(join(tmpdir(), prefix));
	cpSync(from, to, { recursive: true, filter: (src) => !SKIP.has(relative(from, src)) });
	symlinkSync(join(from, 'node_modules'), join(to, 'node_modules'), 'dir');
	return to;
}
