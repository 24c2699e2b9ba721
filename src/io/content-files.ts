/**
 * The one reader of content files outside Astro: the content check, the citation plugin's list
 * of citable works and the tests all read the content through here, with the same parser
 * (src/lib/checks/entries.ts), the same file list and the same ids.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS, entryOfFile, type CollectionName } from '../lib/model/collections';
import { parseEntries, type ContentFile } from '../lib/checks/entries';
import type { ReadContent } from '../lib/checks/index';

/** The files below `dir`, to `depth` folders down; each folder read is added to `folders`. */
function list(root: string, dir: string, depth: number, folders: string[]): string[] {
	const full = join(root, dir);
	if (!existsSync(full)) return [];
	folders.push(dir);
	return readdirSync(full, { withFileTypes: true })
		.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
		.flatMap((entry) => {
			const path = `${dir}/${entry.name}`;
			if (entry.name.startsWith('.')) return [];
			const folder = entry.isDirectory() || (entry.isSymbolicLink() && statSync(join(root, path)).isDirectory());
			if (folder) return depth > 0 ? list(root, path, depth - 1, folders) : [];
			return [path];
		});
}

/**
 * Every content file's path, in a stable order: sources, sections, organizations, events,
 * bibliography. The folders read on the way are added to `folders`.
 */
export function contentPaths(root: string, only?: CollectionName[], folders: string[] = []): Omit<ContentFile, 'text'>[] {
	const paths: Omit<ContentFile, 'text'>[] = [];
	for (const [collection, layout] of Object.entries(COLLECTIONS) as [CollectionName, (typeof COLLECTIONS)[CollectionName]][]) {
		if (only && !only.includes(collection)) continue;
		if (layout.list) {
			const file = `${layout.base}/${layout.pattern}`;
			folders.push(layout.base);
			if (existsSync(join(root, file))) paths.push({ collection, id: layout.pattern, file });
			continue;
		}
		for (const file of list(root, layout.base, layout.pattern.split('/').length - 1, folders)) {
			const entry = entryOfFile(file);
			if (entry?.collection === collection) paths.push({ collection, id: entry.id, file });
		}
	}
	return paths;
}

/** Files' or folders' modification times, as one string: -1 for one that is gone. */
export function modified(root: string, paths: readonly string[]): string {
	return paths.map((path) => (existsSync(join(root, path)) ? statSync(join(root, path)).mtimeMs : -1)).join(',');
}

const listings = new Map<string, { folders: string[]; stamp: string; paths: Omit<ContentFile, 'text'>[] }>();

/**
 * contentPaths for readers that ask before every file's render (the Markdown plugins, which the
 * dev server runs as files change): listed again only when one of the folders read has changed,
 * as adding, removing or renaming a file changes its folder. Otherwise the same array, so a
 * reader can keep what it made of it. Stats a few folders rather than walking every file.
 */
export function currentPaths(root: string, only: CollectionName[]): Omit<ContentFile, 'text'>[] {
	const key = `${root}\0${only.join(',')}`;
	const cached = listings.get(key);
	if (cached && modified(root, cached.folders) === cached.stamp) return cached.paths;
	const folders: string[] = [];
	const paths = contentPaths(root, only, folders);
	listings.set(key, { folders, stamp: modified(root, folders), paths });
	return paths;
}

/** Every content file with its text. */
function contentFiles(root: string, only?: CollectionName[]): ContentFile[] {
	return contentPaths(root, only).map((p) => ({ ...p, text: readFileSync(join(root, p.file), 'utf8') }));
}

/** The content read and parsed: files, entries, and what could not be parsed. */
export function readContent(root: string, only?: CollectionName[]): ReadContent {
	const files = contentFiles(root, only);
	const entries = [];
	const problems = [];
	for (const file of files) {
		const parsed = parseEntries(file);
		entries.push(...parsed.entries);
		problems.push(...parsed.problems);
	}
	return { files, entries, problems };
}
