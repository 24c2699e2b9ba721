/**
 * Every query pages make of the content, per edition, loaded once per build and shared: the
 * entries (src/data/entries.ts), the bibliography (works.ts, the same in every edition), what
 * links to what (relations.ts) and the comparisons (comparisons.ts). Relations are computed from
 * the one place each is typed, never typed twice in content.
 */
import type { PageRef } from '../lib/model/relations';
import type { TranslatableCollection } from '../lib/model/collections';
import type { Route } from '../lib/routing/routes';
import { DEFAULT_LOCALE, EDITIONS, LOCALES, type Locale } from '../lib/i18n';
import { comparisons } from './comparisons';
import { editions } from './editions';
import { loadEntries } from './entries';
import { relations } from './relations';
import { works } from './works';

export type { BibEntry, Document, Event, Note, Organization, Section, Source } from './entries';

let bibliography: Promise<ReturnType<typeof works>> | undefined;

async function load(locale: Locale) {
	const { translated, translationsInto } = await editions();
	const entries = await loadEntries(locale);
	bibliography ??= loadEntries(DEFAULT_LOCALE).then(works);
	return {
		locale,
		/** Whether the page of an entry exists in this edition: every one in English, translated ones elsewhere. */
		hasPage: (collection: TranslatableCollection, id: string) => locale === DEFAULT_LOCALE || translated(locale, collection, id),
		...entries,
		...(await bibliography),
		...relations(entries, translationsInto),
		...comparisons(entries),
		/** The sources' years, for the phrase that counts them in running text (src/lib/i18n/phrases.ts). */
		sourceYears: entries.sources.map((s) => s.data.published.year),
	};
}

const cache = new Map<Locale, ReturnType<typeof load>>();
/** The whole site's content as an edition shows it, loaded on first use. */
export function site(locale: Locale = DEFAULT_LOCALE) {
	let loaded = cache.get(locale);
	if (!loaded) cache.set(locale, (loaded = load(locale)));
	return loaded;
}

export type SiteData = Awaited<ReturnType<typeof load>>;

/** The route of a page a relation points to. */
export function pageRoute(page: PageRef): Route {
	return { to: page.kind, id: page.id, edition: page.edition };
}

/**
 * A page's `getStaticPaths` over the editions: the paths it makes from each edition's data, each
 * with the `lang` parameter of its folder (none for English, whose addresses never change).
 */
export async function forEditions<P extends { params: Record<string, string | number | undefined> }>(
	paths: (s: SiteData) => P[] | Promise<P[]>,
): Promise<(P & { params: P['params'] & { lang: string | undefined } })[]> {
	const all = [];
	for (const locale of LOCALES) {
		const lang = EDITIONS[locale].folder || undefined;
		for (const path of await paths(await site(locale))) all.push({ ...path, params: { ...path.params, lang } });
	}
	return all;
}
