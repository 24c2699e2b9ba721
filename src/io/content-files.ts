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

function list(root: string, dir: string, depth: number): string[] {
	const full = join(root, dir);
	if (!existsSync(full)) return [];
	return readdirSync(full)
		.sort()
		.flatMap((name) => {
			const path = `${dir}/${name}`;
			if (name.startsWith('.')) return [];
			if (statSync(join(root, path)).isDirectory()) return depth > 0 ? list(root, path, depth - 1) : [];
			return [path];
		});
}

/** Every content file's path, in a stable order: sources, sections, organizations, events, bibliography. */
export function contentPaths(root: string, only?: CollectionName[]): Omit<ContentFile, 'text'>[] {
	const paths: Omit<ContentFile, 'text'>[] = [];
	for (const [collection, layout] of Object.entries(COLLECTIONS) as [CollectionName, (typeof COLLECTIONS)[CollectionName]][]) {
		if (only && !only.includes(collection)) continue;
		if (layout.list) {
			const file = `${layout.base}/${layout.pattern}`;
			if (existsSync(join(root, file))) paths.push({ collection, id: layout.pattern, file });
			continue;
		}
		for (const file of list(root, layout.base, layout.pattern.split('/').length - 1)) {
			const entry = entryOfFile(file);
			if (entry?.collection === collection) paths.push({ collection, id: entry.id, file });
		}
	}
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
