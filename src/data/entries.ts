/**
 * The entries of one edition, loaded, localized and in the order every list shows them: facts
 * from the English files, text from the edition's translations (src/data/localize.ts).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { orderSources } from '../lib/model/bibliography';
import type { TranslatableCollection } from '../lib/model/collections';
import { comparePartialDates } from '../lib/model/partial-date';
import { DEFAULT_LOCALE, EDITIONS, translator, type Locale } from '../lib/i18n';
import { documentKinds } from '../schemas/document';
import { noteKinds } from '../schemas/note';
import { editions } from './editions';
import { localize, type Localized } from './localize';

export type Source = Localized<CollectionEntry<'sources'>>;
export type Section = Localized<CollectionEntry<'sections'>>;
export type Organization = Localized<CollectionEntry<'organizations'>>;
export type Event = Localized<CollectionEntry<'events'>>;
export type BibEntry = CollectionEntry<'references'>;
export type Note = Localized<CollectionEntry<'notes'>>;
export type Document = Localized<CollectionEntry<'documents'>>;

/** Ids in code-point order: the same on every machine, whatever its locale. */
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export async function loadEntries(locale: Locale) {
	const t = translator(locale);
	const { translationOf } = await editions();
	const inEdition = async <C extends TranslatableCollection>(collection: C) =>
		(await getCollection(collection)).map((entry) =>
			localize(
				entry as CollectionEntry<C>,
				locale === DEFAULT_LOCALE ? undefined : translationOf(locale, collection, entry.id),
				EDITIONS[locale].lang,
			),
		);
	const [sources, sections, organizations, events, references, notes, documents] = await Promise.all([
		inEdition('sources'),
		inEdition('sections'),
		inEdition('organizations'),
		inEdition('events'),
		getCollection('references'),
		inEdition('notes'),
		inEdition('documents'),
	]);
	// The index of documents reads by kind, then by date (undated last), then by title.
	documents.sort(
		(a, b) =>
			documentKinds.indexOf(a.data.kind) - documentKinds.indexOf(b.data.kind) ||
			(a.data.date && b.data.date ? comparePartialDates(a.data.date, b.data.date) : Number(!a.data.date) - Number(!b.data.date)) ||
			t.compare(a.data.title, b.data.title) ||
			byId(a, b),
	);
	// The page of editor's notes reads by kind, then by title.
	notes.sort(
		(a, b) => noteKinds.indexOf(a.data.kind) - noteKinds.indexOf(b.data.kind) || t.compare(a.data.title, b.data.title) || byId(a, b),
	);
	const sourceOrder = new Map(orderSources(sources.map((s) => ({ id: s.id, published: s.data.published }))).map((s, i) => [s.id, i]));
	sources.sort((a, b) => sourceOrder.get(a.id)! - sourceOrder.get(b.id)!);
	organizations.sort((a, b) => t.compare(a.data.name, b.data.name) || byId(a, b));
	events.sort((a, b) => comparePartialDates(a.data.date, b.data.date) || byId(a, b));

	// A source's list of sections is their order; the content check makes sure it names them all.
	const sourceById = new Map(sources.map((s) => [s.id, s]));
	const sectionById = new Map(sections.map((s) => [s.id, s]));
	const sectionsBySource = new Map(sources.map((source) => [source.id, source.data.sections.flatMap((r) => sectionById.get(r.id) ?? [])]));
	return {
		sources,
		/** Every section, in its source's order. */
		sections: sources.flatMap((s) => sectionsBySource.get(s.id) ?? []),
		organizations,
		events,
		references,
		notes,
		documents,
		sourceById,
		sectionById,
		sectionsBySource,
		sourceOf: (section: Section) => sourceById.get(section.id.split('/')[0]!)!,
		organizationById: new Map(organizations.map((o) => [o.id, o])),
		eventById: new Map(events.map((e) => [e.id, e])),
		documentById: new Map(documents.map((d) => [d.id, d])),
		noteById: new Map(notes.map((n) => [n.id, n])),
	};
}

export type Entries = Awaited<ReturnType<typeof loadEntries>>;
