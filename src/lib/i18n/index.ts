/** The site's languages: its editions, their dictionaries and the translator pages read them through. */
export { DEFAULT_LOCALE, EDITIONS, LOCALES, isLocale, localeOfLang, localeOfPath, type Edition, type Locale } from './locales';
export { translator, type EnumGroup, type Translator } from './translator';
export type { Dictionary, Message, PluralMessage, Translation, UiKey, Vars } from './messages';
export { sourcesPhrase } from './phrases';
