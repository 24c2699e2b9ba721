import type { Route } from '../routing/routes';

interface Named {
	data: { title?: string; name?: string };
}
interface Lookup {
	sectionById: ReadonlyMap<string, Named>;
	organizationById: ReadonlyMap<string, Named>;
	eventById: ReadonlyMap<string, Named>;
	documentById: ReadonlyMap<string, Named>;
	sourceById: ReadonlyMap<string, Named>;
}
type Refs = { id: string }[];

/** The pages an editor's note concerns, as links: sources, sections, organizations, events, documents. */
export function noteConcerns(
	note: { sources: Refs; sections: Refs; organizations: Refs; events: Refs; documents: Refs },
	lookup: Lookup,
): { label: string; route: Route }[] {
	const label = (entry: Named | undefined, id: string) => entry?.data.title ?? entry?.data.name ?? id;
	return [
		...note.sources.map((r) => ({ label: label(lookup.sourceById.get(r.id), r.id), route: { to: 'source', id: r.id } as Route })),
		...note.sections.map((r) => ({ label: label(lookup.sectionById.get(r.id), r.id), route: { to: 'section', id: r.id } as Route })),
		...note.organizations.map((r) => ({
			label: label(lookup.organizationById.get(r.id), r.id),
			route: { to: 'organization', id: r.id } as Route,
		})),
		...note.events.map((r) => ({ label: label(lookup.eventById.get(r.id), r.id), route: { to: 'event', id: r.id } as Route })),
		...note.documents.map((r) => ({ label: label(lookup.documentById.get(r.id), r.id), route: { to: 'document', id: r.id } as Route })),
	];
}
