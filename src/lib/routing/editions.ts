/**
 * Which edition a link goes to. A page in Russian or Chinese links to the page of the same
 * edition where it exists, and to the English page where it does not: an untranslated entry has
 * no page in that edition (no English fallback copies under another `lang`).
 */
import { DEFAULT_LOCALE, EDITIONS, type Locale } from '../i18n/locales';
import type { TranslatableCollection } from '../model/collections';
import { editionNeeds, pathNeeds, routePath, type Route } from './routes';

/** Whether an entry has a translation into a language (English has every entry). */
export type Translated = (locale: Locale, collection: TranslatableCollection, id: string) => boolean;

const has = (needs: [TranslatableCollection, string][] | undefined, locale: Locale, translated: Translated) =>
	locale === DEFAULT_LOCALE || (needs !== undefined && needs.every(([collection, id]) => translated(locale, collection, id)));

/** The edition of the page a route leads to, from a page in `locale`. */
export function editionOf(route: Route, locale: Locale, translated: Translated): Locale {
	const wanted = route.edition ?? locale;
	return has(editionNeeds(route), wanted, translated) ? wanted : DEFAULT_LOCALE;
}

/** A path below the site root in an edition, without a leading slash: `ru/organizations/sco/`. */
export function editionPath(route: Route, locale: Locale): string {
	const folder = EDITIONS[locale].folder;
	return folder ? `${folder}/${routePath(route)}` : routePath(route);
}

/** A site-root URL as content writes it (`/organizations/sco/#x`), moved into `locale` where that page exists there. */
export function localizeUrl(url: string, locale: Locale, translated: Translated): string {
	const folder = EDITIONS[locale].folder;
	const match = /^\/([^?#]*)([?#].*)?$/.exec(url);
	if (!folder || !match || url.startsWith('//')) return url;
	const [, path = '', rest = ''] = match;
	return has(pathNeeds(`/${path}`), locale, translated) ? `/${folder}/${path}${rest}` : url;
}

/** The edition folder a path below the site root is in, and the path within it. */
export function splitEdition(path: string): { locale: Locale; path: string } {
	const bare = path.replace(/^\//, '');
	for (const [locale, edition] of Object.entries(EDITIONS) as [Locale, (typeof EDITIONS)[Locale]][])
		if (edition.folder && (bare === edition.folder || bare.startsWith(`${edition.folder}/`)))
			return { locale, path: bare.slice(edition.folder.length).replace(/^\//, '') };
	return { locale: DEFAULT_LOCALE, path: bare };
}
