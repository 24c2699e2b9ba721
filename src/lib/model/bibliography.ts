/**
 * The order of the bibliography, and so the page each entry is on: the source documents first
 * (oldest first), then the works each source lists, in its own numbering, then the works the
 * editors cite in their notes. The bibliography pages, the citation plugin's links and the
 * content check all place an entry with this one function.
 */
import { comparePartialDates, parsePartialDate, type PartialDate } from './partial-date';
import { pageOf } from '../routing/pagination';
import { shortLabel, type Work } from './works';

/**
 * Entries on a page of the bibliography: fewer than other lists, since each carries its full
 * reference and the first pages that cite it.
 */
export const BIBLIOGRAPHY_PAGE_SIZE = 30;
/**
 * Citing pages listed with each entry; the rest are on the work's own list. Four: with six, the
 * Russian bibliography's pages went over the page budget at 10,000 entries with a tenth
 * translated, their titles being the translated ones (docs/performance.md).
 */
export const CITED_ON_PREVIEW = 4;

export interface BibliographySource {
	id: string;
	published: PartialDate;
}
export interface BibliographyWork {
	id: string;
	/** The source whose reference list has the work, and its number there. */
	listed?: { source: string; number: number } | undefined;
}

/** Which part of the bibliography an entry is in: the sources, a source's list, or the editors'. */
export type BibliographyGroup = { kind: 'sources' } | { kind: 'listed'; source: string } | { kind: 'editors' };

export interface Placed {
	id: string;
	group: BibliographyGroup;
}

export function orderSources<S extends BibliographySource>(sources: S[]): S[] {
	return sources.toSorted((a, b) => comparePartialDates(a.published, b.published) || a.id.localeCompare(b.id));
}

/** Every entry of the bibliography, in the order it is printed. */
export function bibliographyOrder(sources: BibliographySource[], works: BibliographyWork[]): Placed[] {
	const ordered = orderSources(sources);
	const listedBy = Map.groupBy(
		works.filter((w) => w.listed),
		(w) => w.listed!.source,
	);
	return [
		...ordered.map((s): Placed => ({ id: s.id, group: { kind: 'sources' } })),
		...ordered.flatMap((s) =>
			(listedBy.get(s.id) ?? [])
				.toSorted((a, b) => a.listed!.number - b.listed!.number || a.id.localeCompare(b.id))
				.map((w): Placed => ({ id: w.id, group: { kind: 'listed', source: s.id } })),
		),
		...works
			.filter((w) => !w.listed)
			.toSorted((a, b) => a.id.localeCompare(b.id))
			.map((w): Placed => ({ id: w.id, group: { kind: 'editors' } })),
	];
}

/** The bibliography page (from 1) of each entry. */
export function bibliographyPages(order: Placed[]): Map<string, number> {
	return new Map(order.map((entry, i) => [entry.id, pageOf(i, BIBLIOGRAPHY_PAGE_SIZE)]));
}

/** How a page names a work it cites: its short label ("Ma 2006") and its bibliography page. */
export interface WorkLabel {
	/** Short form, such as "Ma 2006" (src/lib/model/works.ts). */
	label: string;
	/** The bibliography page the entry is on, from 1. */
	page: number;
}

/**
 * Each work's label and page, by key, in the bibliography's order: the one reckoning behind the
 * citation plugin's notes (from the files) and the pages' own mentions (from the collections).
 */
export function workLabels(order: Placed[], workOf: (id: string) => Work): Map<string, WorkLabel> {
	return new Map(order.map((entry, i) => [entry.id, { label: shortLabel(workOf(entry.id)), page: pageOf(i, BIBLIOGRAPHY_PAGE_SIZE) }]));
}

/**
 * The bibliography's order from entries as read from their files (before the schema: the content
 * check and the citation plugin work on raw data; a malformed field places its entry last).
 */
export function orderOfRawEntries(entries: { collection: string; id: string; data: Record<string, unknown> }[]): Placed[] {
	const published = (value: unknown): PartialDate => {
		const parsed = parsePartialDate(value);
		return parsed.ok ? parsed.value : { year: 9999, precision: 'year' };
	};
	const listed = (value: unknown) => {
		const v = value as { source?: unknown; number?: unknown } | undefined;
		return typeof v?.source === 'string' && typeof v.number === 'number' ? { source: v.source, number: v.number } : undefined;
	};
	return bibliographyOrder(
		entries.filter((e) => e.collection === 'sources').map((s) => ({ id: s.id, published: published(s.data['published']) })),
		entries.filter((e) => e.collection === 'references').map((w) => ({ id: w.id, listed: listed(w.data['listed']) })),
	);
}
