import en from '../../i18n/en';

export type UiKey = keyof typeof en;
export type Dictionary = Record<UiKey, string>;

const dictionaries: Record<string, Dictionary> = { en };

/** Language of the site's chrome; content carries its own language. */
export const locale = 'en';

/** A UI string with `{name}` placeholders filled in. */
export function t(key: UiKey, vars: Record<string, string | number> = {}, lang = locale): string {
	const template = (dictionaries[lang] ?? en)[key];
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** A count as a reader would write it in running text: words up to ten, digits beyond. */
export function countWord(n: number, lang = locale): string {
	return t('number.words', {}, lang).split(',')[n] ?? String(n);
}

/** "two 2025 articles", "three 2024–2025 articles": the sources, counted, for running text. */
export function sourcesPhrase(years: number[], lang = locale): string {
	const low = Math.min(...years);
	const high = Math.max(...years);
	const span = low === high ? String(low) : `${low}–${high}`;
	return t(years.length === 1 ? 'sources.phrase.one' : 'sources.phrase.other', { count: countWord(years.length, lang), years: span }, lang);
}

/** Label of a value from one of the schemas' enumerations, such as an event kind. */
export function enumLabel(
	group:
		'orgKind' | 'orgKinds' | 'eventKind' | 'documentKind' | 'documentKinds' | 'status' | 'sourceKind' | 'noteKind' | 'noteKinds' | 'aspect',
	value: string,
	lang = locale,
): string {
	const key = `${group}.${value}`;
	return key in en ? t(key as UiKey, {}, lang) : value;
}
