/**
 * Which entries each edition has translated, from the files on disk: for the Markdown pipeline,
 * which writes a translated page's links into its own edition where the target is translated too.
 * Listed again whenever a translation is added or removed, so the dev server follows.
 */
import { currentPaths } from './content-files';
import { translationTarget } from '../lib/model/collections';
import { LOCALES, EDITIONS } from '../lib/i18n/locales';
import type { Translated } from '../lib/routing/editions';

let cache: { files: unknown; translated: Translated } | undefined;

export function translatedOnDisk(root: string): Translated {
	const files = currentPaths(root, ['translations']);
	if (cache?.files === files) return cache.translated;
	const keys = new Set(
		files.flatMap((f) => {
			const target = translationTarget(f.id);
			const locale = LOCALES.find((l) => EDITIONS[l].folder === target?.lang);
			return target && locale ? [`${locale}:${target.collection}:${target.id}`] : [];
		}),
	);
	const translated: Translated = (locale, collection, id) => keys.has(`${locale}:${collection}:${id}`);
	cache = { files, translated };
	return translated;
}
