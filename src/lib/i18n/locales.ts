/**
 * The site's editions: one per language, English at the site's root and the others in a folder of
 * their own. Everything that differs by language but is not a UI string is set here once: the tag
 * written into `lang`, the folder, the locales handed to Intl, CSL and Open Graph.
 */

/** The editions, English first: it is the one every other translates and falls back to. */
export const LOCALES = ['en', 'ru', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export interface Edition {
	/** BCP 47 tag for `lang`, `hreflang`, Intl and Pagefind's index. */
	lang: string;
	/** Folder below the site root; empty for English, whose addresses never change. */
	folder: string;
	/** The language's name in itself, for the language switcher. */
	endonym: string;
	/** CSL locale the citation styles are formatted with. */
	csl: string;
	/** Locale for dates, which English writes day first, as in Britain ("3 September 2004"). */
	dates: string;
	/** Open Graph `og:locale`: language_TERRITORY. */
	og: string;
	/**
	 * How much longer the same text runs in characters than in English: limits on the length of
	 * a summary are the English ones times this (Russian words are longer; a Chinese character
	 * says more, but one is kept for lists' widths).
	 */
	length: number;
}

// Simplified Chinese is tagged `zh-CN` rather than `zh-Hans`: the CSL locale and GB/T 7714 are
// written for it, CLDR resolves it to zh-Hans-CN for Intl, and Pagefind's loader finds an index
// by the full tag, then by its primary subtag (docs/translation.md).
export const EDITIONS: Record<Locale, Edition> = {
	en: { lang: 'en', folder: '', endonym: 'English', csl: 'en-US', dates: 'en-GB', og: 'en_GB', length: 1 },
	ru: { lang: 'ru', folder: 'ru', endonym: 'Русский', csl: 'ru-RU', dates: 'ru', og: 'ru_RU', length: 1.25 },
	zh: { lang: 'zh-CN', folder: 'zh', endonym: '中文', csl: 'zh-CN', dates: 'zh-CN', og: 'zh_CN', length: 1 },
};

export const isLocale = (value: string | undefined): value is Locale => (LOCALES as readonly string[]).includes(value ?? '');

/** The edition a site path belongs to: `/ru/organizations/sco/` → `ru`, anything else → English. */
export function localeOfPath(pathname: string): Locale {
	const first = pathname.replace(/^\/+/, '').split('/')[0];
	return LOCALES.find((l) => l !== DEFAULT_LOCALE && EDITIONS[l].folder === first) ?? DEFAULT_LOCALE;
}

/** The locale of a `lang` value, for the browser's scripts and the search index. */
export function localeOfLang(lang: string): Locale {
	return LOCALES.find((l) => EDITIONS[l].lang.toLowerCase() === lang.toLowerCase()) ?? DEFAULT_LOCALE;
}
