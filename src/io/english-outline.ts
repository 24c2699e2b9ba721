/**
 * The headings of the English entry a translation file translates, read from disk for the
 * Markdown pipeline, which renders one file at a time. Read again on each render, so the dev
 * server follows an edit of the English file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS, entryOfFile, translationTarget } from '../lib/model/collections';
import { headingOutline, type Heading } from '../lib/model/headings';
import { parseContentFile } from '../markdown/tree';

/** The English headings for a translation file (its path from the root); undefined for any other file. */
export function englishOutline(root: string, file: string): Heading[] | undefined {
	const entry = entryOfFile(file);
	const target = entry?.collection === 'translations' ? translationTarget(entry.id) : undefined;
	if (!target) return undefined;
	const base = `${COLLECTIONS[target.collection].base}/${target.id}`;
	for (const ext of ['.mdx', '.md']) {
		const path = join(root, base + ext);
		if (!existsSync(path)) continue;
		const parsed = parseContentFile(readFileSync(path, 'utf8'), ext === '.mdx');
		return parsed.ok ? headingOutline(parsed.value.tree) : undefined;
	}
	return undefined;
}
