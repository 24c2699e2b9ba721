/**
 * A page's UI strings, dates, numbers and names in its own language. Each page gets one
 * translator from the middleware (`Astro.locals.t`), the way Starlight hands pages `Astro.locals.t`;
 * code outside a page asks `translator(locale)`. A key a dictionary lacks falls back to English.
 */
import en from '../../i18n/en';
import ru from '../../i18n/ru';
import zh from '../../i18n/zh';
import { EDITIONS, type Locale } from './locales';
import { formatDateRange, formatPartialDate, type PartialDate } from '../model/partial-date';
import { countryName } from '../model/countries';
import { fill, isPlural, pluralForm, type Dictionary, type Message, type Translation, type UiKey, type Vars } from './messages';

const DICTIONARIES: Record<Locale, Translation> = { en, ru, zh };

export interface Translator {
	/** A UI string with `{name}` placeholders filled in; a plural message picks its form by `count`. */
	(key: UiKey, vars?: Vars): string;
	/** The edition. */
	locale: Locale;
	/** Its BCP 47 tag, for `lang` attributes and Intl. */
	lang: string;
	/** Whether the dictionary of this edition has the key (English always has). */
	has: (key: UiKey) => boolean;
	/** The message's raw form, for scripts that fill it in the browser. */
	raw: (key: UiKey) => Message;
	/** A number as the language writes it. */
	number: (n: number) => string;
	/** Items joined as the language joins a list: "A and B", «A и B», A和B. */
	list: (items: string[]) => string;
	/** Label of a value of one of the schemas' enumerations, such as an event kind. */
	enumLabel: (group: EnumGroup, value: string) => string;
	/** Compares strings in the language's alphabetical order. */
	compare: (a: string, b: string) => number;
	/** A date at its own precision, or a range of dates: «3 сентября 2004 г.», 2004年9月3日. */
	date: (date: PartialDate, end?: PartialDate | undefined) => string;
	/** A state's name in the language, from its ISO code (Intl.DisplayNames). */
	country: (code: string) => string;
	/** A `lang` attribute for text in `lang`: none where it is the page's own language. */
	langAttr: (lang: string | undefined) => string | undefined;
}

export type EnumGroup =
	'orgKind' | 'orgKinds' | 'eventKind' | 'documentKind' | 'documentKinds' | 'status' | 'sourceKind' | 'noteKind' | 'noteKinds' | 'aspect';

const cache = new Map<Locale, Translator>();

export function translator(locale: Locale): Translator {
	const made = cache.get(locale);
	if (made) return made;
	const { lang, dates } = EDITIONS[locale];
	const dictionary = DICTIONARIES[locale];
	const numbers = new Intl.NumberFormat(lang, { useGrouping: 'min2' });
	const rules = new Intl.PluralRules(lang);
	const lists = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' });
	const collator = new Intl.Collator(lang);
	const number = (n: number) => numbers.format(n);
	const raw = (key: UiKey): Message => dictionary[key] ?? (en as Dictionary)[key];
	const t = ((key: UiKey, vars: Vars = {}) => {
		const message = raw(key);
		const template = isPlural(message) ? pluralForm(message, Number(vars['count'] ?? 0), rules) : message;
		return fill(template, vars, number);
	}) as Translator;
	t.locale = locale;
	t.lang = lang;
	t.has = (key) => dictionary[key] !== undefined;
	t.raw = raw;
	t.number = number;
	t.list = (items) => lists.format(items);
	t.enumLabel = (group, value) => {
		const key = `${group}.${value}`;
		return key in en ? t(key as UiKey) : value;
	};
	t.compare = (a, b) => collator.compare(a, b);
	t.date = (date, end) => (end ? formatDateRange(date, end, dates) : formatPartialDate(date, dates));
	t.country = (code) => countryName(code, lang);
	t.langAttr = (other) => (other && other !== lang ? other : undefined);
	cache.set(locale, t);
	return t;
}
