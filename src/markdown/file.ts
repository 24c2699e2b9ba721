import { fileURLToPath } from 'node:url';
import { entryOfFile, translationTarget } from '../lib/model/collections';
import { DEFAULT_LOCALE, EDITIONS, LOCALES, type Locale } from '../lib/i18n/locales';

/** The document's path from the project root, as messages and route lookups name files. */
export function relativeFile(fileURL: URL | undefined, root: string | undefined): string {
	if (!fileURL) return '<unknown file>';
	const path = fileURLToPath(fileURL);
	if (root && path.startsWith(root)) return path.slice(root.length).replace(/^[/\\]/, '');
	return path;
}

/** The edition a content file is written for: a translation's language, else English. */
export function localeOfFile(fileURL: URL | undefined, root: string | undefined): Locale {
	const entry = entryOfFile(relativeFile(fileURL, root));
	if (entry?.collection !== 'translations') return DEFAULT_LOCALE;
	const lang = translationTarget(entry.id)?.lang;
	return LOCALES.find((l) => EDITIONS[l].folder === lang) ?? DEFAULT_LOCALE;
}
