/**
 * The translations, loaded once per build: which entries each edition has, and their text. The
 * English entries hold every fact; a translation holds the text of one entry in one language.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { translationTarget } from '../lib/model/collections';
import { LOCALES, EDITIONS, type Locale } from '../lib/i18n/locales';
import type { Translated } from '../lib/routing/editions';
import type { TranslatableCollection } from '../lib/model/collections';

export type Translation = CollectionEntry<'translations'>;

const key = (locale: Locale, collection: string, id: string) => `${locale}:${collection}:${id}`;

async function load() {
	const byKey = new Map<string, Translation & { target: { collection: TranslatableCollection; id: string } }>();
	for (const entry of await getCollection('translations')) {
		const target = translationTarget(entry.id);
		const locale = LOCALES.find((l) => EDITIONS[l].folder === target?.lang);
		// The content check has reported a file in no edition's folder.
		if (!target || !locale) continue;
		byKey.set(key(locale, target.collection, target.id), { ...entry, target });
	}
	const translated: Translated = (locale, collection, id) => byKey.has(key(locale, collection, id));
	return {
		translated,
		/** The translation of an entry into a language, if there is one. */
		translationOf: (locale: Locale, collection: TranslatableCollection, id: string) => byKey.get(key(locale, collection, id)),
		/** Every translation into a language. */
		translationsInto: (locale: Locale) => [...byKey.entries()].filter(([k]) => k.startsWith(`${locale}:`)).map(([, t]) => t),
	};
}

let cache: ReturnType<typeof load> | undefined;
export function editions() {
	cache ??= load();
	return cache;
}
