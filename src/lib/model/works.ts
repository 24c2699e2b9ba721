/**
 * Works: the source documents and the works in the bibliography, and the one way each is named.
 * The short label in notes and lists ("Li 2025", "Chen and Wang 2023") is made here and nowhere
 * else; pages, components and the citation plugin all call it. Full references come from the CSL
 * engine (cite-format.ts).
 */
import { cslYear, splitName, type CslDate } from '../cite/csl';
import type { PartialDate } from './partial-date';

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
	/** Pages in the issue. */
	pages?: string | undefined;
	doi?: string;
	outlet?: string | undefined;
	url?: string | undefined;
}

/** A source document as a work. */
export function sourceWork(source: Pick<SourceRecord, 'authors' | 'published' | 'title'>): Work {
	return { author: source.authors.map(splitName), issued: source.published.year, title: source.title };
}

/** A bibliography entry as a work. */
export function referenceWork(ref: { author: Name[]; issued?: CslDate | undefined; title: string }): Work {
	return { author: ref.author, issued: cslYear(ref.issued), title: ref.title };
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

function truncate(text: string, max: number): string {
	if (text.length <= max) return text;
	return `${text.slice(0, text.lastIndexOf(' ', max - 1))}…`;
}
