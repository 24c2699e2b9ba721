/**
 * Where every entry's translations stand, for the status pages: computed once per build from the
 * English entries' text revisions and the revisions their translations record.
 */
import type { CollectionEntry } from 'astro:content';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../lib/i18n';
import { textRevision } from '../lib/i18n/revision';
import { countStates, translationStatus, type EntryStatus, type TranslationState } from '../lib/i18n/status';
import { entryRoute, type Route } from '../lib/routing/routes';
import type { TranslatableCollection } from '../lib/model/collections';
import { editions } from './editions';
import { site } from './site';

export interface StatusRow {
	collection: TranslatableCollection;
	id: string;
	title: string;
	route: Route;
	/** Its state in each edition other than English. */
	states: Partial<Record<Locale, EntryStatus>>;
}

async function load() {
	const english = await site(DEFAULT_LOCALE);
	const { translationOf } = await editions();
	const entries: [TranslatableCollection, CollectionEntry<TranslatableCollection>, string][] = [
		...english.sources.map((e) => ['sources', e, e.data.title] as const),
		...english.sections.map((e) => ['sections', e, e.data.title] as const),
		...english.organizations.map((e) => ['organizations', e, e.data.name] as const),
		...english.events.map((e) => ['events', e, e.data.title] as const),
		...english.documents.map((e) => ['documents', e, e.data.title] as const),
		...english.notes.map((e) => ['notes', e, e.data.title] as const),
	] as unknown as [TranslatableCollection, CollectionEntry<TranslatableCollection>, string][];
	const inputs = entries.map(([collection, entry, title]) => ({
		collection,
		id: entry.id,
		title,
		revision: textRevision(collection, entry.data as Record<string, unknown>, entry.body ?? ''),
	}));
	const others = LOCALES.filter((l) => l !== DEFAULT_LOCALE);
	const byLocale = new Map(
		others.map((l) => [l, translationStatus(inputs, (collection, id) => translationOf(l, collection, id)?.data.revision)] as const),
	);
	const rows: StatusRow[] = inputs.map((input, i) => ({
		...input,
		route: entryRoute(input.collection, input.id)!,
		states: Object.fromEntries(others.map((l) => [l, byLocale.get(l)![i]!])),
	}));
	const counts = Object.fromEntries(others.map((l) => [l, countStates(byLocale.get(l)!)])) as Partial<
		Record<Locale, Record<TranslationState, number>>
	>;
	return { rows, counts, others };
}

let cache: ReturnType<typeof load> | undefined;
export function translationStatuses() {
	cache ??= load();
	return cache;
}
