import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const DIST = join(import.meta.dirname, '..', '..', 'dist');

/** Every HTML file of a built site (this project's dist/ unless told), as paths relative to it, sorted. */
export function builtPages(dist = DIST): string[] {
	if (!existsSync(dist)) throw new Error(`${dist} is missing: run \`npm run build\` before the site tests`);
	const out: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const p = join(dir, name);
			if (statSync(p).isDirectory()) {
				if (name !== 'pagefind' && name !== '_astro') walk(p);
			} else if (name.endsWith('.html')) out.push(relative(dist, p));
		}
	};
	walk(dist);
	return out.sort();
}

export function readPage(path: string, dist = DIST): string {
	return readFileSync(join(dist, path), 'utf8');
}

/** The edition a built page belongs to and its path within the edition (`ru/events/index.html` → ru, `events/index.html`). */
export async function editionOfPage(page: string) {
	const { splitEdition } = await import('../../src/lib/routing/editions');
	const { translator } = await import('../../src/lib/i18n');
	const { locale, path } = splitEdition(page);
	return { locale, path, t: translator(locale) };
}

/**
 * Whether an entry's page (`organizations/cis/index.html`) shows an editor's note: on the page
 * itself, or, where the page has no room for all its notes, on the entry's list of notes
 * (`organizations/cis/notes/`), which the page links to.
 */
export function showsNote(entryPage: string, note: string, dist = DIST): boolean {
	if (readPage(entryPage, dist).includes(`id="note-${note}"`)) return true;
	const folder = entryPage.replace(/index\.html$/, 'notes/');
	if (!readPage(entryPage, dist).includes('href="notes/index.html"') || !existsSync(join(dist, folder))) return false;
	return builtPages(dist)
		.filter((p) => p.startsWith(folder))
		.some((p) => readPage(p, dist).includes(`notes/${note}/index.html"`));
}
