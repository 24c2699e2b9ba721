/**
 * Every query pages make of the content, loaded once per build and shared: relations that pages
 * show (an organization's events, the pages that cite a work) are computed here from the
 * references entries make, never typed twice in content.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { comparePartialDates } from '../lib/partial-date';
import { citationIndex, invert, orderSections, type PageRef } from '../lib/relations';
import { href } from '../lib/urls';

export type Source = CollectionEntry<'sources'>;
export type Section = CollectionEntry<'sections'>;
export type Organization = CollectionEntry<'organizations'>;
export type Event = CollectionEntry<'events'>;
export type BibEntry = CollectionEntry<'references'>;

async function load() {
	const [sources, sections, organizations, events, references] = await Promise.all([
		getCollection('sources'),
		getCollection('sections'),
		getCollection('organizations'),
		getCollection('events'),
		getCollection('references'),
	]);
	sources.sort((a, b) => comparePartialDates(a.data.published, b.data.published) || a.id.localeCompare(b.id));
	organizations.sort((a, b) => a.data.name.localeCompare(b.data.name, 'en'));
	events.sort((a, b) => comparePartialDates(a.data.date, b.data.date) || a.id.localeCompare(b.id));
	// Works listed by a source keep that source's numbering; the editors' own references follow, by key.
	references.sort(
		(a, b) =>
			(a.data.listed?.source.id ?? '~').localeCompare(b.data.listed?.source.id ?? '~') ||
			(a.data.listed?.number ?? 0) - (b.data.listed?.number ?? 0) ||
			a.id.localeCompare(b.id),
	);

	const sectionsBySource = new Map(
		sources.map((source) => [
			source.id,
			orderSections(
				source.id,
				source.data.sections.map((s) => s.id),
				sections.filter((s) => s.data.source.id === source.id).map((s) => ({ ...s, order: s.data.order })),
			),
		]),
	);
	const orderedSections = sources.flatMap((s) => sectionsBySource.get(s.id) ?? []);

	const pageOf = {
		section: (s: Section): PageRef => ({ kind: 'section', id: s.id, title: s.data.title }),
		organization: (o: Organization): PageRef => ({ kind: 'organization', id: o.id, title: o.data.name }),
		event: (e: Event): PageRef => ({ kind: 'event', id: e.id, title: e.data.title }),
	};

	const citing = citationIndex([
		...orderedSections.map((s) => ({ page: pageOf.section(s), body: s.body ?? '' })),
		...organizations.map((o) => ({ page: pageOf.organization(o), body: o.body ?? '' })),
		...events.map((e) => ({ page: pageOf.event(e), body: e.body ?? '' })),
	]);

	return {
		sources,
		sections: orderedSections,
		sectionsBySource,
		organizations,
		events,
		references,
		citing,
		sectionsByOrganization: invert(orderedSections, (s) => s.data.organizations.map((r) => r.id)),
		sectionsByEvent: invert(orderedSections, (s) => s.data.events.map((r) => r.id)),
		eventsByOrganization: invert(events, (e) => e.data.organizations.map((r) => r.id)),
		childrenOf: invert(organizations, (o) => (o.data.parent ? [o.data.parent.id] : [])),
	};
}

let cache: ReturnType<typeof load> | undefined;
/** The whole site's content, loaded on first use. */
export function site() {
	cache ??= load();
	return cache;
}

export function pageHref(page: PageRef): string {
	return href({ to: page.kind, id: page.id } as Parameters<typeof href>[0]);
}

export function byId<T extends { id: string }>(list: T[], id: string): T {
	const found = list.find((item) => item.id === id);
	if (!found) throw new Error(`No entry with id "${id}"`);
	return found;
}
