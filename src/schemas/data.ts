import { z } from 'astro/zod';
import en from '../i18n/en';

/** A field's meaning, written once, in the UI dictionary, where it is translated like any other string. */
const field = (path: string): string => (en as Record<string, unknown>)[`data.fields.${path}`] as string;

/**
 * The rows of the site's data downloads (/data/): one schema per file. Each field's description
 * is written once, in the UI dictionaries (`data.fields.<file>.<field>`), because it is published
 * three times: in the file's JSON Schema (z.toJSONSchema, in English) and in each edition's Data
 * page.
 * Every row is parsed with its schema before it is written, so a download never disagrees with it.
 */

/** A date as precise as the source gives it: 2019, 2019-06 or 2019-06-15. */
const DateText = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);
const CountryCode = z.string().regex(/^[A-Z]{2}$/);

/** Where a source states the fact. */
const Pointer = z.strictObject({
	where: z.string().min(1).describe(field('pointer.where')),
	locator: z.string().optional().describe(field('pointer.locator')),
});

export const OrganizationRow = z.strictObject({
	id: z.string().min(1).describe(field('organizations.id')),
	name: z.string().min(1).describe(field('organizations.name')),
	shortName: z.string().optional().describe(field('organizations.shortName')),
	aliases: z.array(z.string()).describe(field('organizations.aliases')),
	kind: z.string().min(1).describe(field('organizations.kind')),
	parent: z.string().optional().describe(field('organizations.parent')),
	founded: DateText.optional().describe(field('organizations.founded')),
	headquarters: z.string().optional().describe(field('organizations.headquarters')),
	summary: z.string().describe(field('organizations.summary')),
	sources: z.array(Pointer).describe(field('organizations.sources')),
	url: z.url().describe(field('organizations.url')),
});

export const MembershipRow = z.strictObject({
	organization: z.string().min(1).describe(field('memberships.organization')),
	country: CountryCode.describe(field('memberships.country')),
	status: z.string().min(1).describe(field('memberships.status')),
	since: DateText.optional().describe(field('memberships.since')),
	until: DateText.optional().describe(field('memberships.until')),
	sources: z.array(Pointer).describe(field('memberships.sources')),
});

export const AssessmentRow = z.strictObject({
	organization: z.string().min(1).describe(field('assessments.organization')),
	sharedWith: z.array(z.string()).describe(field('assessments.sharedWith')),
	aspect: z.string().min(1).describe(field('assessments.aspect')),
	statement: z.string().min(1).describe(field('assessments.statement')),
	source: Pointer.describe(field('assessments.source')),
	notes: z.array(z.string()).describe(field('assessments.notes')),
});

export const EventRow = z.strictObject({
	id: z.string().min(1).describe(field('events.id')),
	title: z.string().min(1).describe(field('events.title')),
	date: DateText.describe(field('events.date')),
	endDate: DateText.optional().describe(field('events.endDate')),
	kind: z.string().min(1).describe(field('events.kind')),
	place: z.string().optional().describe(field('events.place')),
	organizations: z.array(z.string()).describe(field('events.organizations')),
	countries: z.array(CountryCode).describe(field('events.countries')),
	documents: z.array(z.string()).describe(field('events.documents')),
	summary: z.string().describe(field('events.summary')),
	sources: z.array(Pointer).describe(field('events.sources')),
	url: z.url().describe(field('events.url')),
});

export const DocumentRow = z.strictObject({
	id: z.string().min(1).describe(field('documents.id')),
	title: z.string().min(1).describe(field('documents.title')),
	aliases: z.array(z.string()).describe(field('documents.aliases')),
	kind: z.string().min(1).describe(field('documents.kind')),
	organizations: z.array(z.string()).describe(field('documents.organizations')),
	countries: z.array(CountryCode).describe(field('documents.countries')),
	guides: z.array(z.string()).describe(field('documents.guides')),
	date: DateText.optional().describe(field('documents.date')),
	place: z.string().optional().describe(field('documents.place')),
	periodFrom: z.number().int().optional().describe(field('documents.periodFrom')),
	periodTo: z.number().int().optional().describe(field('documents.periodTo')),
	status: z.string().optional().describe(field('documents.status')),
	summary: z.string().describe(field('documents.summary')),
	sources: z.array(Pointer).describe(field('documents.sources')),
	url: z.url().describe(field('documents.url')),
});

export const SectionRow = z.strictObject({
	id: z.string().min(1).describe(field('sections.id')),
	source: z.string().min(1).describe(field('sections.source')),
	position: z.number().int().positive().describe(field('sections.position')),
	title: z.string().min(1).describe(field('sections.title')),
	heading: z.string().optional().describe(field('sections.heading')),
	summary: z.string().describe(field('sections.summary')),
	url: z.url().describe(field('sections.url')),
});

export const NoteRow = z.strictObject({
	id: z.string().min(1).describe(field('notes.id')),
	title: z.string().min(1).describe(field('notes.title')),
	kind: z.string().min(1).describe(field('notes.kind')),
	sections: z.array(z.string()).describe(field('notes.sections')),
	organizations: z.array(z.string()).describe(field('notes.organizations')),
	events: z.array(z.string()).describe(field('notes.events')),
	documents: z.array(z.string()).describe(field('notes.documents')),
	sources: z.array(z.string()).describe(field('notes.sources')),
	url: z.url().describe(field('notes.url')),
});

export const CitationRow = z.strictObject({
	kind: z.enum(['source', 'section', 'organization', 'event', 'document']).describe(field('citations.kind')),
	page: z.string().min(1).describe(field('citations.page')),
	work: z.string().min(1).describe(field('citations.work')),
});

const Name = z.union([z.strictObject({ family: z.string(), given: z.string().optional() }), z.strictObject({ literal: z.string() })]);

/** A bibliography entry in CSL-JSON, the citation-style data format that reference managers read. */
export const CslItemRow = z.strictObject({
	id: z.string().min(1).describe(field('bibliography.id')),
	type: z.string().min(1).describe(field('bibliography.type')),
	'citation-key': z.string().min(1).describe(field('bibliography.citation-key')),
	title: z.string().min(1).describe(field('bibliography.title')),
	author: z.array(Name).optional().describe(field('bibliography.author')),
	editor: z.array(Name).optional().describe(field('bibliography.editor')),
	issued: z
		.strictObject({ 'date-parts': z.tuple([z.array(z.number().int())]) })
		.optional()
		.describe(field('bibliography.issued')),
	'container-title': z.string().optional().describe(field('bibliography.container-title')),
	publisher: z.string().optional().describe(field('bibliography.publisher')),
	volume: z.string().optional().describe(field('bibliography.volume')),
	issue: z.string().optional().describe(field('bibliography.issue')),
	page: z.string().optional().describe(field('bibliography.page')),
	DOI: z.string().optional().describe(field('bibliography.DOI')),
	URL: z.string().optional().describe(field('bibliography.URL')),
	note: z.string().optional().describe(field('bibliography.note')),
	language: z.string().optional().describe(field('bibliography.language')),
	abstract: z.string().optional().describe(field('bibliography.abstract')),
});

/** Every download's row schema, by file name without extension. */
export const DATASETS = {
	organizations: OrganizationRow,
	memberships: MembershipRow,
	assessments: AssessmentRow,
	events: EventRow,
	documents: DocumentRow,
	sections: SectionRow,
	notes: NoteRow,
	citations: CitationRow,
	bibliography: CslItemRow,
} as const;
export type DatasetName = keyof typeof DATASETS;
