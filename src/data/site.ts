/**
 * Every query pages make of the content, loaded once per build and shared. Relations that pages
 * show (an organization's events, what a section discusses, the pages that cite a work) are
 * computed here from the one place each is typed, never typed twice in content.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { citedKeys } from '../lib/cite/citation-syntax';
import { parseBody } from '../markdown/tree';
import { BIBLIOGRAPHY_PAGE_SIZE, bibliographyOrder, bibliographyPages, orderSources } from '../lib/model/bibliography';
import { comparePartialDates } from '../lib/model/partial-date';
import { invert, type PageRef } from '../lib/model/relations';
import { assessmentsByOrganization, comparisonPairs, sectionsComparing, type ComparedPair } from '../lib/model/comparison';
import { withEventDates } from '../lib/model/membership-dates';
import type { Route } from '../lib/routing/routes';
import { documentKinds } from '../schemas/document';
import { noteKinds } from '../schemas/note';
import { organizationKinds } from '../schemas/organization';
import { pageOf } from '../lib/routing/pagination';
import { referenceWork, shortLabel, sourceWork } from '../lib/model/works';
import { referenceItem, sourceItem, type CslItem } from '../lib/cite/csl';
import { formatReferences } from '../lib/cite/cite-format';
import { absoluteUrl } from '../lib/routing/urls';
import { SETTINGS } from '../lib/model/settings';
import { DEFAULT_LOCALE, EDITIONS, LOCALES, translator, type Locale, type Translator } from '../lib/i18n';
import { editions } from './editions';
import { localize, type Localized } from './localize';

export type Source = Localized<CollectionEntry<'sources'>>;
export type Section = Localized<CollectionEntry<'sections'>>;
export type Organization = Localized<CollectionEntry<'organizations'>>;
export type Event = Localized<CollectionEntry<'events'>>;
export type BibEntry = CollectionEntry<'references'>;
export type Note = Localized<CollectionEntry<'notes'>>;
export type Document = Localized<CollectionEntry<'documents'>>;

/** The pages citing each work, with the translated profiles whose official name a work records (`nameRecord`). */
function withNameRecords(citing: Map<string, PageRef[]>, records: { key: string; page: PageRef }[]): Map<string, PageRef[]> {
	for (const { key, page } of records) citing.set(key, [...(citing.get(key) ?? []), page]);
	return citing;
}

/** Ids in code-point order: the same on every machine, whatever its locale. */
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The sections a list of source pointers names, once each. */
const pointedSections = (pointers: { section?: { id: string } | undefined }[]) =>
	pointers.flatMap((p) => (p.section ? [p.section.id] : []));

async function load(locale: Locale) {
	const t = translator(locale);
	const { translationOf, translated, translationsInto } = await editions();
	const inEdition = async <C extends 'sources' | 'sections' | 'organizations' | 'events' | 'notes' | 'documents'>(collection: C) =>
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
	// The bibliography's order (src/lib/model/bibliography.ts), which also decides each entry's page.
	const referenceById = new Map(references.map((r) => [r.id, r]));
	const sourceById = new Map(sources.map((s) => [s.id, s]));
	const bibliography = bibliographyOrder(
		sources.map((s) => ({ id: s.id, published: s.data.published })),
		references.map((r) => ({ id: r.id, listed: r.data.listed && { source: r.data.listed.source.id, number: r.data.listed.number } })),
	).map((placed) => ({ ...placed, source: sourceById.get(placed.id), reference: referenceById.get(placed.id) }));

	// A source's list of sections is their order; the content check makes sure it names them all.
	const sectionById = new Map(sections.map((s) => [s.id, s]));
	const sectionsBySource = new Map(sources.map((source) => [source.id, source.data.sections.flatMap((r) => sectionById.get(r.id) ?? [])]));
	const orderedSections = sources.flatMap((s) => sectionsBySource.get(s.id) ?? []);
	const sectionOrder = new Map(orderedSections.map((s, i) => [s.id, i]));
	const inSectionOrder = (ids: string[]) =>
		[...new Set(ids)].sort((a, b) => (sectionOrder.get(a) ?? 0) - (sectionOrder.get(b) ?? 0)).flatMap((id) => sectionById.get(id) ?? []);
	const sourceOf = (section: Section) => sourceById.get(section.id.split('/')[0]!)!;

	const citing = invert(
		[
			...orderedSections.map((s): [PageRef, CollectionEntry<'sections' | 'organizations' | 'events' | 'documents'>] => [
				{ kind: 'section', id: s.id, title: s.data.title, lang: s.lang },
				s,
			]),
			...organizations.map((o): [PageRef, Organization] => [{ kind: 'organization', id: o.id, title: o.data.name, lang: o.lang }, o]),
			...events.map((e): [PageRef, Event] => [{ kind: 'event', id: e.id, title: e.data.title, lang: e.lang }, e]),
			...documents.map((d): [PageRef, Document] => [{ kind: 'document', id: d.id, title: d.data.title, lang: d.lang }, d]),
		],
		([, entry]) => citedKeys(parseBody(entry.body ?? '', entry.filePath?.endsWith('.mdx') ?? true)),
	);

	// Every work of the bibliography as CSL-JSON, in its order: the exports' data and the formatter's.
	const cslItems: CslItem[] = bibliography.map((b) =>
		b.source
			? sourceItem(b.id, b.source.data, absoluteUrl(SETTINGS.site, { to: 'source', id: b.id }))
			: referenceItem({ ...b.reference!.data, id: b.id }),
	);

	// Comparison pages: every pair a source compares (its `compares` list), and the sections that
	// assess both, which link to the page.
	const comparisons = comparisonPairs(sources.map((s) => ({ id: s.id, compares: s.data.compares })));
	const organizationById = new Map(organizations.map((o) => [o.id, o]));
	const assessed = assessmentsByOrganization(organizations.map((o) => ({ id: o.id, assessments: o.data.assessments })));
	const eventById = new Map(events.map((e) => [e.id, e]));

	return {
		locale,
		/** Whether the page of an entry exists in this edition: every one in English, translated ones elsewhere. */
		hasPage: (collection: 'sources' | 'sections' | 'organizations' | 'events' | 'documents' | 'notes', id: string) =>
			locale === DEFAULT_LOCALE || translated(locale, collection, id),
		sources,
		sections: orderedSections,
		comparisons,
		comparisonsBySection: invert(comparisons, (pair) => sectionsComparing(pair, assessed)),
		/** Each organization's assessments: its own, then those written on another that it shares (`sharedWith`). */
		assessmentsOf: new Map(assessed.map((o) => [o.id, o.assessments])),
		/** Each organization's memberships, dated from the events that began or ended them where they name one. */
		membershipsOf: new Map(
			organizations.map((o) => [o.id, o.data.memberships.map((m) => withEventDates(m, (id) => eventById.get(id)?.data.date))]),
		),
		comparisonsByOrganization: invert(comparisons, (pair) => pair.ids),
		/** A link to a comparison page, named by its two bodies, for profiles and section pages. */
		comparisonLink: (t: Translator) => (pair: ComparedPair) => {
			const [a, b] = pair.ids.map((id) => organizationById.get(id)!).map((o) => o.data.shortName ?? o.data.name) as [string, string];
			return { label: t('compare.link', { a, b }), route: { to: 'comparison', pair: pair.slug } satisfies Route };
		},
		cslItems,
		cslById: new Map(cslItems.map((item) => [item.id, item])),
		/** Each work's full reference in the house style, as HTML, by key. */
		referenceHtml: formatReferences(cslItems),
		sectionsBySource,
		sourceOf,
		/** The sources' years, for the phrase that counts them in running text (src/lib/i18n/phrases.ts). */
		sourceYears: sources.map((s) => s.data.published.year),
		sourceById,
		sectionById,
		organizations,
		events,
		references,
		bibliography,
		bibliographyPage: bibliographyPages(bibliography),
		notes,
		noteById: new Map(notes.map((n) => [n.id, n])),
		/** Editor's notes by what they concern: `<collection>:<id>`. */
		notesByConcern: invert(notes, (n) => [
			...n.data.sections.map((r) => `sections:${r.id}`),
			...n.data.organizations.map((r) => `organizations:${r.id}`),
			...n.data.events.map((r) => `events:${r.id}`),
			...n.data.documents.map((r) => `documents:${r.id}`),
			...n.data.sources.map((r) => `sources:${r.id}`),
		]),
		/** How notes cite works: label and bibliography page, by key. */
		noteTargets: new Map(
			bibliography.map((b, i) => [
				b.id,
				{
					label: shortLabel(b.source ? sourceWork(b.source.data) : referenceWork(b.reference!.data)),
					page: pageOf(i, BIBLIOGRAPHY_PAGE_SIZE),
				},
			]),
		),
		citing: withNameRecords(
			new Map([...citing].map(([key, pages]) => [key, pages.map(([page]) => page)])),
			LOCALES.flatMap((l) =>
				translationsInto(l).flatMap((tr) =>
					tr.target.collection === 'organizations' && tr.data.nameRecord && tr.data.name
						? [
								{
									key: tr.data.nameRecord.id,
									page: { kind: 'organization' as const, id: tr.target.id, title: tr.data.name, edition: l, lang: EDITIONS[l].lang },
								},
							]
						: [],
				),
			),
		),
		sectionsByOrganization: new Map(organizations.map((o) => [o.id, inSectionOrder(pointedSections(o.data.sources))])),
		sectionsByEvent: new Map(events.map((e) => [e.id, inSectionOrder(pointedSections(e.data.sources))])),
		organizationsBySection: invert(organizations, (o) => pointedSections(o.data.sources)),
		eventsBySection: invert(events, (e) => pointedSections(e.data.sources)),
		documentsBySection: invert(documents, (d) => pointedSections(d.data.sources)),
		eventsByOrganization: invert(events, (e) => e.data.organizations.map((r) => r.id)),
		eventsByKind: invert(events, (e) => [e.data.kind]),
		childrenOf: invert(organizations, (o) => (o.data.parent ? [o.data.parent.id] : [])),
		organizationById,
		eventById,
		documents,
		documentById: new Map(documents.map((d) => [d.id, d])),
		/** The events that sign, adopt or discuss each document, from the events' `documents`, oldest first. */
		eventsByDocument: invert(events, (e) => e.data.documents.map((r) => r.id)),
		/** Each organization's documents, from the documents' `parties` and `guides`, in the index's order. */
		documentsByOrganization: invert(documents, (d) => [...d.data.parties.organizations, ...d.data.guides].map((r) => r.id)),
		// The index reads from organizations to groups: the schema's order of kinds, then by name.
		organizationsByKind: organizations.toSorted((a, b) => organizationKinds.indexOf(a.data.kind) - organizationKinds.indexOf(b.data.kind)),
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
