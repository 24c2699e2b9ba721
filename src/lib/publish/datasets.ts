/**
 * The site's data as downloads: rows built from the typed content, checked against their schemas
 * (src/schemas/data.ts), and written as JSON and CSV. Pure: the endpoint passes in the content
 * and a function that gives each page's absolute address.
 */
import { z } from 'astro/zod';
import { stringify } from 'csv-stringify/sync';
import { DATASETS, type DatasetName } from '../../schemas/data';
import { toIsoString, type PartialDate } from '../model/partial-date';
import type { Route } from '../routing/routes';
import type { DocumentData } from '../../schemas/document';
import type { EventData } from '../../schemas/event';
import type { NoteData } from '../../schemas/note';
import type { OrganizationData } from '../../schemas/organization';
import type { SectionData } from '../../schemas/section';

type Ref = { id: string };
type PointerData = EventData['sources'][number];
type Row<N extends DatasetName> = z.infer<(typeof DATASETS)[N]>;
/** An entry as the content layer gives it, typed by its schema (src/schemas/). */
type Entry<Data> = { id: string; data: Data };

export interface DataInput {
	organizations: Entry<OrganizationData>[];
	events: Entry<EventData>[];
	documents: Entry<DocumentData>[];
	sections: Entry<SectionData>[];
	notes: Entry<NoteData>[];
	/** The pages that cite each work, by the work's key, in bibliography order. */
	citing: Map<string, { kind: 'source' | 'section' | 'organization' | 'event' | 'document'; id: string }[]>;
	bibliography: object[];
	url: (route: Route) => string;
}

const iso = (d: PartialDate | undefined) => (d ? toIsoString(d) : undefined);
const pointer = (p: PointerData) => ({ where: (p.section ?? p.source)!.id, ...(p.locator ? { locator: p.locator } : {}) });
const ids = (refs: Ref[]) => refs.map((r) => r.id);

/** Drops unset fields, so a row carries only what is stated (and JSON has no `undefined`). */
function defined<T extends object>(row: T): T {
	return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined)) as T;
}

/** Every dataset's rows, each checked against its schema. */
export function datasets(input: DataInput): { [N in DatasetName]: Row<N>[] } {
	const { url } = input;
	// Sections come in site order, source by source: a section's position counts within its source.
	const seen = new Map<string, number>();
	const position = (source: string) => {
		seen.set(source, (seen.get(source) ?? 0) + 1);
		return seen.get(source)!;
	};
	const rows = {
		organizations: input.organizations.map((o) =>
			defined({
				id: o.id,
				name: o.data.name,
				shortName: o.data.shortName,
				aliases: o.data.aliases,
				kind: o.data.kind,
				parent: o.data.parent?.id,
				founded: iso(o.data.founded),
				headquarters: o.data.headquarters?.city,
				summary: o.data.summary,
				sources: o.data.sources.map(pointer),
				url: url({ to: 'organization', id: o.id }),
			}),
		),
		memberships: input.organizations.flatMap((o) =>
			o.data.memberships.map((m) =>
				defined({
					organization: o.id,
					country: m.country,
					status: m.status,
					since: iso(m.from),
					until: iso(m.to),
					sources: [pointer(m.source)],
				}),
			),
		),
		assessments: input.organizations.flatMap((o) =>
			o.data.assessments.map((a) =>
				defined({
					organization: o.id,
					sharedWith: ids(a.sharedWith),
					aspect: a.aspect,
					statement: a.statement,
					source: pointer(a.source),
					notes: ids(a.notes),
				}),
			),
		),
		events: input.events.map((e) =>
			defined({
				id: e.id,
				title: e.data.title,
				date: toIsoString(e.data.date),
				endDate: iso(e.data.endDate),
				kind: e.data.kind,
				place: e.data.place?.name,
				organizations: ids(e.data.organizations),
				countries: e.data.countries,
				documents: ids(e.data.documents),
				summary: e.data.summary,
				sources: e.data.sources.map(pointer),
				url: url({ to: 'event', id: e.id }),
			}),
		),
		documents: input.documents.map((d) =>
			defined({
				id: d.id,
				title: d.data.title,
				aliases: d.data.aliases,
				kind: d.data.kind,
				organizations: ids(d.data.parties.organizations),
				countries: d.data.parties.countries,
				guides: ids(d.data.guides),
				date: iso(d.data.date),
				// The place as the site shows it: a name, a country code, or both.
				place: [d.data.place?.name, d.data.place?.country].filter(Boolean).join(', ') || undefined,
				periodFrom: d.data.period?.from,
				periodTo: d.data.period?.to,
				status: d.data.status,
				summary: d.data.summary,
				sources: d.data.sources.map(pointer),
				url: url({ to: 'document', id: d.id }),
			}),
		),
		sections: input.sections.map((s) => {
			const source = s.id.split('/')[0]!;
			return defined({
				id: s.id,
				source,
				position: position(source),
				title: s.data.title,
				heading: s.data.heading,
				summary: s.data.summary,
				url: url({ to: 'section', id: s.id }),
			});
		}),
		notes: input.notes.map((n) => ({
			id: n.id,
			title: n.data.title,
			kind: n.data.kind,
			sections: ids(n.data.sections),
			organizations: ids(n.data.organizations),
			events: ids(n.data.events),
			documents: ids(n.data.documents),
			sources: ids(n.data.sources),
			url: url({ to: 'note', id: n.id }),
		})),
		citations: [...input.citing].flatMap(([work, pages]) => pages.map((p) => ({ kind: p.kind, page: p.id, work }))),
		bibliography: input.bibliography,
	};
	return Object.fromEntries(Object.entries(rows).map(([name, list]) => [name, z.array(DATASETS[name as DatasetName]).parse(list)])) as {
		[N in DatasetName]: Row<N>[];
	};
}

export type DataFormat = 'json' | 'csv' | 'schema' | 'bib' | 'ris';

/** Every download: each dataset as JSON and CSV (the bibliography as CSL-JSON, BibTeX and RIS) and its JSON Schema. */
export const DATA_FILES: { file: string; dataset: DatasetName; format: DataFormat }[] = (Object.keys(DATASETS) as DatasetName[]).flatMap(
	(dataset) => [
		...(dataset === 'bibliography' ? (['json', 'bib', 'ris'] as const) : (['json', 'csv'] as const)).map((format) => ({
			file: `${dataset}.${format}`,
			dataset,
			format,
		})),
		{ file: `${dataset}.schema.json`, dataset, format: 'schema' as const },
	],
);

/** A cell of CSV: lists joined with "; ", a source pointer as `where (locator)`. */
function cell(value: unknown): string {
	if (value === undefined) return '';
	if (Array.isArray(value)) return value.map(cell).join('; ');
	if (typeof value === 'object' && value !== null && 'where' in value) {
		const p = value as { where: string; locator?: string };
		return p.locator ? `${p.where} (${p.locator})` : p.where;
	}
	return String(value);
}

/** Rows as CSV (RFC 4180), with a header of the schema's fields in its order. */
export function toCsv(name: DatasetName, rows: object[]): string {
	const columns = Object.keys(DATASETS[name].shape);
	const records = rows.map((row) => columns.map((c) => cell((row as Record<string, unknown>)[c])));
	return stringify([columns, ...records], { eof: true, record_delimiter: '\r\n' });
}

/** Rows as JSON, one row per line, so a change shows as a one-line diff. */
export function toJson(rows: object[]): string {
	return `[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`;
}

/** The JSON Schema of a download: an array of its rows. */
export function jsonSchema(name: DatasetName): object {
	return {
		$id: `${name}.schema.json`,
		...z.toJSONSchema(z.array(DATASETS[name]), { target: 'draft-2020-12' }),
	};
}

/** A download's fields with their descriptions and JSON types, for the Data page. */
export function fieldDocs(name: DatasetName): { field: string; type: string; required: boolean; description: string }[] {
	const schema = z.toJSONSchema(DATASETS[name]) as {
		properties: Record<string, { type?: string; description?: string; enum?: string[] }>;
		required?: string[];
	};
	return Object.entries(schema.properties).map(([field, p]) => ({
		field,
		type: p.type ?? (p.enum ? 'string' : 'object'),
		required: schema.required?.includes(field) ?? false,
		description: p.description ?? '',
	}));
}
