/**
 * Works as CSL-JSON items, the data that the CSL engine formats and that reference managers
 * import: the bibliography's entries (already CSL-JSON, less the site's own fields), the source
 * documents (mapped from their records) and the site's own pages. One shape for all three, so one
 * formatter and one set of exports serve them.
 */
import type { PartialDate } from '../model/partial-date';
import type { Name, SourceRecord } from '../model/works';

export interface CslDate {
	'date-parts': [number[]];
}

/** The CSL-JSON fields this site writes. */
export interface CslItem {
	id: string;
	type: string;
	/** Keeps the site's key as the BibTeX key and RIS ID, so exports round-trip by id. */
	'citation-key': string;
	title: string;
	author?: Name[];
	editor?: Name[];
	issued?: CslDate;
	'container-title'?: string;
	publisher?: string;
	volume?: string;
	issue?: string;
	page?: string;
	DOI?: string;
	URL?: string;
	note?: string;
	language?: string;
	abstract?: string;
}

/** A bibliography entry as `content/references.yml` holds it. */
export interface ReferenceData {
	id: string;
	type: string;
	title: string;
	author: Name[];
	editor: Name[];
	issued?: CslDate | undefined;
	'container-title'?: string | undefined;
	publisher?: string | undefined;
	volume?: string | undefined;
	issue?: string | undefined;
	page?: string | undefined;
	DOI?: string | undefined;
	URL?: string | undefined;
	note?: string | undefined;
	language?: string | undefined;
}

/** A partial date as CSL date-parts, as precise as it is. */
export function cslDate(date: PartialDate): CslDate {
	const parts = [date.year, date.month, date.day].filter((n): n is number => n !== undefined);
	return { 'date-parts': [parts] };
}

/** Whether raw YAML holds a CSL date (the schema checks it in full). */
export function isCslDate(value: unknown): value is CslDate {
	const parts = (value as { 'date-parts'?: unknown } | null)?.['date-parts'];
	return Array.isArray(parts) && Array.isArray(parts[0]) && typeof parts[0][0] === 'number';
}

/** The year of a CSL date, for labels. */
export function cslYear(date: CslDate | undefined): number | undefined {
	return date?.['date-parts'][0][0];
}

/** Drops empty lists and unset fields, so the exports carry only what is stated. */
function compact(item: Record<string, unknown>): CslItem {
	return Object.fromEntries(
		Object.entries(item).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)),
	) as unknown as CslItem;
}

/** A bibliography entry as CSL-JSON: the file's own fields, less the site's `listed`. */
export function referenceItem(ref: ReferenceData): CslItem {
	const { id, type, title, author, editor, issued, page, DOI, URL, note, language } = ref;
	return compact({
		id,
		type,
		'citation-key': id,
		title,
		author,
		editor,
		issued,
		'container-title': ref['container-title'],
		publisher: ref.publisher,
		volume: ref.volume,
		issue: ref.issue,
		page,
		DOI,
		URL,
		note,
		language,
	});
}

/** A byline name split into family and given names; the family name defaults to the last word. */
export function splitName(author: { name: string; family?: string | undefined }): Name {
	const family = author.family ?? author.name.split(' ').at(-1)!;
	const given = author.name.replace(family, '').trim();
	return given ? { family, given } : { family };
}

/** A source document as CSL-JSON: a journal article, or a commentary in a news outlet. */
export function sourceItem(id: string, source: SourceRecord & { language?: string }, pageUrl?: string): CslItem {
	const journal = source.kind === 'journal-article';
	return compact({
		id,
		type: journal ? 'article-journal' : 'article-newspaper',
		'citation-key': id,
		title: source.title,
		author: source.authors.map(splitName),
		issued: cslDate(source.published),
		'container-title': journal ? source.journal : source.outlet,
		volume: source.volume,
		issue: source.issue,
		page: source.pages,
		DOI: source.doi,
		// A journal article is found by its DOI; a commentary with no address of its own by the
		// site's page about it.
		URL: source.url ?? (source.doi ? undefined : pageUrl),
		language: source.language,
	});
}

/** A page of this site as a web page of the site, dated by its last change. */
export function pageItem(page: {
	id: string;
	title: string;
	url: string;
	site: string;
	updated?: PartialDate | undefined;
	/** BCP 47 tag of the page's language. */
	language?: string | undefined;
}): CslItem {
	return compact({
		id: page.id,
		type: 'webpage',
		'citation-key': page.id,
		title: page.title,
		'container-title': page.site,
		issued: page.updated ? cslDate(page.updated) : undefined,
		URL: page.url,
		language: page.language,
	});
}
