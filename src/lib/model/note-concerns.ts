import type { Route } from '../routing/routes';

interface Named {
	data: { title?: string; name?: string; language?: string };
	/** The language of its title in the edition that shows it. */
	lang?: string;
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
): { label: string; route: Route; lang: string | undefined }[] {
	const link = (entry: Named | undefined, id: string, route: Route) => ({
		label: entry?.data.title ?? entry?.data.name ?? id,
		route,
		lang: entry?.lang,
	});
	return [
		// A source's title stays in the language it is printed in.
		...note.sources.map((r) => {
			const source = lookup.sourceById.get(r.id);
			return { ...link(source, r.id, { to: 'source', id: r.id }), lang: source?.data.language };
		}),
		...note.sections.map((r) => link(lookup.sectionById.get(r.id), r.id, { to: 'section', id: r.id })),
		...note.organizations.map((r) => link(lookup.organizationById.get(r.id), r.id, { to: 'organization', id: r.id })),
		...note.events.map((r) => link(lookup.eventById.get(r.id), r.id, { to: 'event', id: r.id })),
		...note.documents.map((r) => link(lookup.documentById.get(r.id), r.id, { to: 'document', id: r.id })),
	];
}
