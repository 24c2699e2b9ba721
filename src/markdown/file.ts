import { fileURLToPath } from 'node:url';
import { entryOfFile, translationTarget, type CollectionName } from '../lib/model/collections';
import { DEFAULT_LOCALE, EDITIONS, LOCALES, type Locale } from '../lib/i18n/locales';

/** The document's path from the project root, as messages and route lookups name files. */
export function relativeFile(fileURL: URL | undefined, root: string | undefined): string {
	if (!fileURL) return '<unknown file>';
	const path = fileURLToPath(fileURL);
	if (root && path.startsWith(root)) return path.slice(root.length).replace(/^[/\\]/, '');
	return path;
}

/**
 * The English entry a content file (its path from the root) holds or translates, and the edition
 * it is written for: a translation's language, else English.
 */
export function contentOfFile(file: string): { collection: CollectionName; id: string; locale: Locale } | undefined {
	const entry = entryOfFile(file);
	if (entry?.collection !== 'translations') return entry && { ...entry, locale: DEFAULT_LOCALE };
	const target = translationTarget(entry.id);
	if (!target) return undefined;
	return {
		collection: target.collection,
		id: target.id,
		locale: LOCALES.find((l) => EDITIONS[l].folder === target.lang) ?? DEFAULT_LOCALE,
	};
}

/** The edition a content file is written for: a translation's language, else English. */
export function localeOfFile(fileURL: URL | undefined, root: string | undefined): Locale {
	return contentOfFile(relativeFile(fileURL, root))?.locale ?? DEFAULT_LOCALE;
}
