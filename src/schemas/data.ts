import { z } from 'astro/zod';

/**
 * The rows of the site's data downloads (/data/): one schema per file. Each field's description
 * is written once, with .describe() rather than a doc comment, because it is published twice
 * from here: in the file's JSON Schema (z.toJSONSchema) and in the Data page's field tables.
 * Every row is parsed with its schema before it is written, so a download never disagrees with it.
 */

/** A date as precise as the source gives it: 2019, 2019-06 or 2019-06-15. */
const DateText = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);
const CountryCode = z.string().regex(/^[A-Z]{2}$/);

/** Where a source states the fact. */
const Pointer = z.strictObject({
	where: z.string().min(1).describe('The section (li-2025/review), or, where no section is named, the source (li-2025).'),
	locator: z.string().optional().describe('A finer place inside it, such as "reference 12".'),
});

export const OrganizationRow = z.strictObject({
	id: z.string().min(1).describe('The id the site uses: the page is /organizations/<id>/.'),
	name: z.string().min(1).describe('Full name in English.'),
	shortName: z.string().optional().describe('Abbreviation, where there is one.'),
	aliases: z.array(z.string()).describe('Other names and spellings the sources use.'),
	kind: z.string().min(1).describe('What kind of body it is, as the site files it.'),
	parent: z.string().optional().describe('The id of the organization it belongs to.'),
	founded: DateText.optional().describe('When it was founded, where a source says.'),
	headquarters: z.string().optional().describe('Seat of its headquarters, where a source says.'),
	summary: z.string().describe('One sentence on what it is.'),
	sources: z.array(Pointer).describe('Where the sources name it.'),
	url: z.url().describe('Its page.'),
});

export const MembershipRow = z.strictObject({
	organization: z.string().min(1).describe("The organization's id."),
	country: CountryCode.describe('The state, by ISO 3166-1 alpha-2 code.'),
	status: z.string().min(1).describe('Its standing: member, observer, dialogue partner, former member…'),
	since: DateText.optional().describe('When that standing began, where a source says.'),
	until: DateText.optional().describe('When it ended, where it has.'),
	sources: z.array(Pointer).describe('Where a source states it.'),
});

export const AssessmentRow = z.strictObject({
	organization: z.string().min(1).describe("The organization's id."),
	sharedWith: z
		.array(z.string())
		.describe('The ids of other organizations the statement describes just as well ("RATS and the ATC alike").'),
	aspect: z.string().min(1).describe('The aspect it concerns: a row of the comparison pages (founding, legal-basis, leading-countries…).'),
	statement: z.string().min(1).describe('What the source says, in the reference’s words, naming its author.'),
	source: Pointer.describe('Where the source says it.'),
	notes: z.array(z.string()).describe("The ids of the editor's notes that concern the statement."),
});

export const EventRow = z.strictObject({
	id: z.string().min(1).describe('The id the site uses: the page is /events/<id>/.'),
	title: z.string().min(1).describe('A short descriptive title.'),
	date: DateText.describe('When it happened, as precisely as the source says.'),
	endDate: DateText.optional().describe('Last day, for events of several days.'),
	kind: z.string().min(1).describe('What kind of event it was, as the site files it.'),
	place: z.string().optional().describe('Where it happened, where a source says.'),
	organizations: z.array(z.string()).describe('The ids of the organizations involved.'),
	countries: z.array(CountryCode).describe('The states involved, by ISO code.'),
	documents: z.array(z.string()).describe('The ids of the documents it signs, adopts or discusses.'),
	summary: z.string().describe('One or two sentences on what happened.'),
	sources: z.array(Pointer).describe('Where the sources report it.'),
	url: z.url().describe('Its page.'),
});

export const DocumentRow = z.strictObject({
	id: z.string().min(1).describe('The id the site uses: the page is /documents/<id>/.'),
	title: z.string().min(1).describe('The title as the source gives it, or a short description where it has none.'),
	aliases: z.array(z.string()).describe('Other titles the sources use.'),
	kind: z.string().min(1).describe('What kind of document it is: convention, memorandum, strategy, decree, statement…'),
	organizations: z.array(z.string()).describe('The ids of the organizations that are party to it, as the sources present them.'),
	countries: z.array(CountryCode).describe('The states that are party to it, by ISO code.'),
	guides: z.array(z.string()).describe('The ids of the organizations whose work it governs or guides without their being party to it.'),
	date: DateText.optional().describe('When it was signed or adopted, where a source says.'),
	place: z.string().optional().describe('Where it was signed or adopted, where a source says.'),
	periodFrom: z.number().int().optional().describe('First year it covers, where a source states a period.'),
	periodTo: z.number().int().optional().describe('Last year it covers.'),
	status: z.string().optional().describe('Its standing, where a source states it.'),
	summary: z.string().describe('One or two sentences on what it is.'),
	sources: z.array(Pointer).describe('Where the sources name it.'),
	url: z.url().describe('Its page.'),
});

export const SectionRow = z.strictObject({
	id: z.string().min(1).describe('The id the site uses, <source>/<page>.'),
	source: z.string().min(1).describe("The source document's id."),
	position: z.number().int().positive().describe('Its place in the source, from 1.'),
	title: z.string().min(1).describe('The page title.'),
	heading: z.string().optional().describe('The heading as printed in the source, where it has one.'),
	summary: z.string().describe('One or two sentences on what the section says.'),
	url: z.url().describe('Its page.'),
});

export const NoteRow = z.strictObject({
	id: z.string().min(1).describe('The id the site uses: the page is /notes/<id>/.'),
	title: z.string().min(1).describe('What the note is about.'),
	kind: z.string().min(1).describe('Its kind: date discrepancy, internal contradiction, outside record…'),
	sections: z.array(z.string()).describe('The ids of the sections it concerns.'),
	organizations: z.array(z.string()).describe('The ids of the organizations it concerns.'),
	events: z.array(z.string()).describe('The ids of the events it concerns.'),
	documents: z.array(z.string()).describe('The ids of the documents it concerns.'),
	sources: z.array(z.string()).describe('The ids of the source documents it concerns as wholes.'),
	url: z.url().describe('Its page.'),
});

export const CitationRow = z.strictObject({
	kind: z
		.enum(['source', 'section', 'organization', 'event', 'document'])
		.describe('The kind of page that cites: source, section, organization, event or document.'),
	page: z.string().min(1).describe("That page's entry id."),
	work: z.string().min(1).describe("The cited work's key, as in the bibliography."),
});

const Name = z.union([z.strictObject({ family: z.string(), given: z.string().optional() }), z.strictObject({ literal: z.string() })]);

/** A bibliography entry in CSL-JSON, the citation-style data format that reference managers read. */
export const CslItemRow = z.strictObject({
	id: z.string().min(1).describe("The work's key: [@key] on the site, the BibTeX key and the RIS ID."),
	type: z.string().min(1).describe('CSL item type.'),
	'citation-key': z.string().min(1).describe('The same key, under the name citation-js and pandoc read.'),
	title: z.string().min(1).describe('Title.'),
	author: z.array(Name).optional().describe('Authors.'),
	editor: z.array(Name).optional().describe('Editors.'),
	issued: z
		.strictObject({ 'date-parts': z.tuple([z.array(z.number().int())]) })
		.optional()
		.describe('Date of publication as date-parts.'),
	'container-title': z.string().optional().describe('Journal, book or site it appeared in.'),
	publisher: z.string().optional().describe('Publisher.'),
	volume: z.string().optional().describe('Volume.'),
	issue: z.string().optional().describe('Issue.'),
	page: z.string().optional().describe('Page range.'),
	DOI: z.string().optional().describe('Digital Object Identifier.'),
	URL: z.string().optional().describe('Address.'),
	note: z.string().optional().describe("An editor's note on the entry."),
	language: z.string().optional().describe('Language of the text.'),
	abstract: z.string().optional().describe('Abstract.'),
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
