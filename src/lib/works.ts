/**
 * Works: the source documents and the works in the bibliography, and the one way each is named.
 * The short label in notes and lists ("Li 2025", "Chen and Wang 2023") and the full reference
 * are made here and nowhere else; pages, components and the citation plugin all call these.
 */
import { formatPartialDate, type PartialDate } from './partial-date';

/** A person's name split for citing, or an institution's name as it stands. */
export type Name = { family: string; given?: string | undefined } | { literal: string };

/** What labels need of a work: who, when, what. */
export interface Work {
	author: Name[];
	issued?: number | undefined;
	title: string;
}

/** A source document's record (seeds/), as far as citing it goes. */
export interface SourceRecord {
	kind: string;
	title: string;
	authors: { name: string; family?: string | undefined }[];
	published: PartialDate;
	journal?: string;
	volume?: string | undefined;
	issue?: string | undefined;
	doi?: string;
	outlet?: string | undefined;
	url?: string | undefined;
}

/** A byline name split into family and given names; the family name defaults to the last word. */
function splitName(author: { name: string; family?: string | undefined }): Name {
	const family = author.family ?? author.name.split(' ').at(-1)!;
	const given = author.name.replace(family, '').trim();
	return given ? { family, given } : { family };
}

/** A source document as a work. */
export function sourceWork(source: Pick<SourceRecord, 'authors' | 'published' | 'title'>): Work {
	return { author: source.authors.map(splitName), issued: source.published.year, title: source.title };
}

function familyOf(name: Name): string {
	return 'literal' in name ? name.literal : name.family;
}

/** "Li", "Chen and Wang", "Mikhaylenko et al." */
function authorList(names: Name[]): string {
	const families = names.map(familyOf);
	if (families.length <= 2) return families.join(' and ');
	return `${families[0]} et al.`;
}

/** The form used in notes and lists: authors and year, or the title where a work has no author. */
export function shortLabel(work: Work): string {
	const who = work.author.length > 0 ? authorList(work.author) : `“${truncate(work.title, 60)}”`;
	return work.issued ? `${who} ${work.issued}` : who;
}

/** A name as a bibliography leads with it: "Ma, Zhenggang". */
function invertedName(name: Name): string {
	if ('literal' in name) return name.literal;
	return name.given ? `${name.family}, ${name.given}` : name.family;
}

/** A name in reading order: "Zhenggang Ma". */
function plainName(name: Name): string {
	return 'literal' in name ? name.literal : [name.given, name.family].filter(Boolean).join(' ');
}

/** The author list of a full reference: the first name inverted, the rest in reading order. */
export function referenceAuthors(names: Name[]): string {
	const [first, ...rest] = names;
	return [first ? invertedName(first) : '', ...rest.map(plainName)].filter(Boolean).join(', ');
}

/** A source document as a full reference in Chicago author-date form, plain text so it can be copied. */
export function sourceReference(source: SourceRecord, pageUrl?: string): string {
	// Later authors keep the byline's order, which for many names is family name first.
	const [first, ...rest] = source.authors;
	const names = [first ? invertedName(splitName(first)) : '', ...rest.map((a) => a.name)].filter(Boolean).join(', ');
	const head = `${names}. ${source.published.year}. “${source.title}.”`;
	if (source.kind === 'journal-article' && source.journal) {
		const numbering = [source.volume, source.issue && `(${source.issue})`].filter(Boolean).join(' ');
		const doi = source.doi ? ` https://doi.org/${source.doi}.` : '';
		return `${head} ${source.journal}${numbering ? ` ${numbering}` : ''}.${doi}`;
	}
	const where = [source.outlet, formatPartialDate(source.published)].filter(Boolean).join(', ');
	const link = source.url ?? pageUrl;
	return `${head} ${where}.${link ? ` ${link}.` : ''}`;
}

function truncate(text: string, max: number): string {
	if (text.length <= max) return text;
	return `${text.slice(0, text.lastIndexOf(' ', max - 1))}…`;
}
