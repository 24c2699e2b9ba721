import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const DIST = join(import.meta.dirname, '..', '..', 'dist');

/** Every HTML file of the built site, as paths relative to dist/, sorted. */
export function builtPages(): string[] {
	if (!existsSync(DIST)) throw new Error('dist/ is missing: run `npm run build` before the site tests');
	const out: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const p = join(dir, name);
			if (statSync(p).isDirectory()) {
				if (name !== 'pagefind' && name !== '_astro') walk(p);
			} else if (name.endsWith('.html')) out.push(relative(DIST, p));
		}
	};
	walk(DIST);
	return out.sort();
}

export function readPage(path: string): string {
	return readFileSync(join(DIST, path), 'utf8');
}
