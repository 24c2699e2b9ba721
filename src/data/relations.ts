/**
 * What links to what, computed from the one side where each relation is typed: the pages that
 * cite a work, an organization's events and documents, the sections that discuss an entry, an
 * editor's notes by what they concern.
 */
import type { CollectionEntry } from 'astro:content';
import { citedKeys } from '../lib/cite/citation-syntax';
import { parseBody } from '../markdown/tree';
import { invert, type PageRef } from '../lib/model/relations';
import { EDITIONS, LOCALES } from '../lib/i18n';
import { organizationKinds } from '../schemas/organization';
import type { Document, Entries, Event, Organization } from './entries';
import type { Translation } from './editions';

/** The sections a list of source pointers names, once each. */
const pointedSections = (pointers: { section?: { id: string } | undefined }[]) =>
	pointers.flatMap((p) => (p.section ? [p.section.id] : []));

/** The pages citing each work, with the translated profiles whose official name a work records (`nameRecord`). */
function withNameRecords(citing: Map<string, PageRef[]>, records: { key: string; page: PageRef }[]): Map<string, PageRef[]> {
	for (const { key, page } of records) citing.set(key, [...(citing.get(key) ?? []), page]);
	return citing;
}

/**
 * The keys a body cites, parsed once per body: each edition computes its relations, and an
 * untranslated entry brings the same English body to all three.
 */
const cited = { mdx: new Map<string, string[]>(), md: new Map<string, string[]>() };
function keysCited(body: string, mdx: boolean): string[] {
	const known = cited[mdx ? 'mdx' : 'md'];
	let keys = known.get(body);
	if (!keys) known.set(body, (keys = citedKeys(parseBody(body, mdx))));
	return keys;
}

export function relations(
	e: Entries,
	translationsInto: (locale: (typeof LOCALES)[number]) => (Translation & { target: { collection: string; id: string } })[],
) {
	const { sections, organizations, events, documents, notes, sectionById } = e;
	const sectionOrder = new Map(sections.map((s, i) => [s.id, i]));
	const inSectionOrder = (ids: string[]) =>
		[...new Set(ids)].sort((a, b) => (sectionOrder.get(a) ?? 0) - (sectionOrder.get(b) ?? 0)).flatMap((id) => sectionById.get(id) ?? []);
	const citing = invert(
		[
			...sections.map((s): [PageRef, CollectionEntry<'sections' | 'organizations' | 'events' | 'documents'>] => [
				{ kind: 'section', id: s.id, title: s.data.title, lang: s.lang },
				s,
			]),
			...organizations.map((o): [PageRef, Organization] => [{ kind: 'organization', id: o.id, title: o.data.name, lang: o.lang }, o]),
			...events.map((ev): [PageRef, Event] => [{ kind: 'event', id: ev.id, title: ev.data.title, lang: ev.lang }, ev]),
			...documents.map((d): [PageRef, Document] => [{ kind: 'document', id: d.id, title: d.data.title, lang: d.lang }, d]),
		],
		([, entry]) => keysCited(entry.body ?? '', entry.filePath?.endsWith('.mdx') ?? true),
	);
	return {
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
		/** Editor's notes by what they concern: `<collection>:<id>`. */
		notesByConcern: invert(notes, (n) => [
			...n.data.sections.map((r) => `sections:${r.id}`),
			...n.data.organizations.map((r) => `organizations:${r.id}`),
			...n.data.events.map((r) => `events:${r.id}`),
			...n.data.documents.map((r) => `documents:${r.id}`),
			...n.data.sources.map((r) => `sources:${r.id}`),
		]),
		sectionsByOrganization: new Map(organizations.map((o) => [o.id, inSectionOrder(pointedSections(o.data.sources))])),
		sectionsByEvent: new Map(events.map((ev) => [ev.id, inSectionOrder(pointedSections(ev.data.sources))])),
		organizationsBySection: invert(organizations, (o) => pointedSections(o.data.sources)),
		eventsBySection: invert(events, (ev) => pointedSections(ev.data.sources)),
		documentsBySection: invert(documents, (d) => pointedSections(d.data.sources)),
		eventsByOrganization: invert(events, (ev) => ev.data.organizations.map((r) => r.id)),
		eventsByKind: invert(events, (ev) => [ev.data.kind]),
		childrenOf: invert(organizations, (o) => (o.data.parent ? [o.data.parent.id] : [])),
		/** The events that sign, adopt or discuss each document, from the events' `documents`, oldest first. */
		eventsByDocument: invert(events, (ev) => ev.data.documents.map((r) => r.id)),
		/** Each organization's documents, from the documents' `parties` and `guides`, in the index's order. */
		documentsByOrganization: invert(documents, (d) => [...d.data.parties.organizations, ...d.data.guides].map((r) => r.id)),
		// The index reads from organizations to groups: the schema's order of kinds, then by name.
		organizationsByKind: organizations.toSorted((a, b) => organizationKinds.indexOf(a.data.kind) - organizationKinds.indexOf(b.data.kind)),
	};
}
