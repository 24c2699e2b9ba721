/**
 * Comparison pages from typed data. A source lists the organizations it compares (`compares` in
 * seeds/<source>.yml); every pair of that list gets a page whose rows are the aspects, in the
 * schema's order, and whose cells are what the organizations' assessments say. Pure, so the
 * build, the content check and the unit tests share it.
 */
import { aspects as allAspects, type Aspect } from '../../schemas/assessment';
import { invert } from './relations';

/** An assessment as the builder needs it: parsed data or raw YAML, once ids are read. */
export interface AssessmentLike {
	aspect: Aspect;
	statement: string;
	source: { source: { id: string }; section?: { id: string } | undefined; locator?: string | undefined };
	sharedWith: { id: string }[];
	notes: { id: string }[];
	/** The statement's language, where an edition shows it in another than its own (an untranslated one). */
	lang?: string | undefined;
}

export interface ComparedPair {
	/** The page's parameter: `<a>--<b>`, in the order the first source names them. */
	slug: string;
	ids: [string, string];
	/** The sources that compare the two, in the order given. */
	sources: string[];
}

export interface ComparisonCell {
	organization: string;
	/** Every assessment on this aspect, in the order of the organization's file; empty is "not stated". */
	assessments: AssessmentLike[];
}

export interface ComparisonRow {
	aspect: Aspect;
	cells: ComparisonCell[];
}

/** The parameter of a pair's page. Organization ids are file names, which never hold `--` by convention. */
export const pairSlug = (a: string, b: string) => `${a}--${b}`;

/**
 * Every pair of organizations some source compares, once each: a source comparing three bodies
 * gives three pairs, and a pair two sources compare is one page that names both.
 */
export function comparisonPairs(sources: { id: string; compares: { id: string }[] }[]): ComparedPair[] {
	const pairs = new Map<string, ComparedPair>();
	for (const source of sources) {
		const ids = source.compares.map((r) => r.id);
		for (let i = 0; i < ids.length; i++) {
			for (let j = i + 1; j < ids.length; j++) {
				const a = ids[i]!;
				const b = ids[j]!;
				// The same pair named the other way round is the same page.
				const known = pairs.get(pairSlug(a, b)) ?? pairs.get(pairSlug(b, a));
				if (known) {
					if (!known.sources.includes(source.id)) known.sources.push(source.id);
				} else pairs.set(pairSlug(a, b), { slug: pairSlug(a, b), ids: [a, b], sources: [source.id] });
			}
		}
	}
	return [...pairs.values()];
}

/**
 * One row per aspect, in the schema's order, and one cell per organization, in the order given.
 * Every aspect has its row even where no organization has an assessment: the page says "not
 * stated" rather than leave the reader to guess whether the row was forgotten.
 */
export function comparisonRows(
	organizations: { id: string; assessments: AssessmentLike[] }[],
	aspects: readonly Aspect[] = allAspects,
): ComparisonRow[] {
	return aspects.map((aspect) => ({
		aspect,
		cells: organizations.map((o) => ({ organization: o.id, assessments: o.assessments.filter((a) => a.aspect === aspect) })),
	}));
}

/**
 * The cells a row shows: one spanning every column where each organization's cell holds the same
 * statements (written once with `sharedWith`, "RATS and the ATC alike"), else one per organization.
 */
export function shownCells(row: ComparisonRow): { cell: ComparisonRow['cells'][number]; span: number; index: number }[] {
	const [first, ...rest] = row.cells;
	const same =
		first !== undefined &&
		rest.length > 0 &&
		first.assessments.length > 0 &&
		rest.every((c) => c.assessments.length === first.assessments.length && c.assessments.every((x, k) => x === first.assessments[k]));
	return same ? [{ cell: first, span: row.cells.length, index: 0 }] : row.cells.map((cell, index) => ({ cell, span: 1, index }));
}

/**
 * Each organization's assessments: its own, in its file's order, then those another organization's
 * file holds and shares with it (`sharedWith`), so a statement about both bodies is typed once and
 * stands in both columns.
 */
export function assessmentsByOrganization<A extends AssessmentLike>(
	organizations: { id: string; assessments: A[] }[],
): { id: string; assessments: A[] }[] {
	const shared = invert(
		organizations.flatMap((o) => o.assessments),
		(a) => a.sharedWith.map((r) => r.id),
	);
	return organizations.map((o) => ({ id: o.id, assessments: [...o.assessments, ...(shared.get(o.id) ?? [])] }));
}

/** The pairs an organization belongs to, for the links on its profile. */
export function pairsOf(pairs: ComparedPair[], organization: string): ComparedPair[] {
	return pairs.filter((p) => p.ids.includes(organization));
}

/**
 * The sections a pair's page draws on for both organizations: each such section page links to
 * the comparison (Li's comparative analysis does, and any other section that assesses both).
 */
export function sectionsComparing(pair: ComparedPair, organizations: { id: string; assessments: AssessmentLike[] }[]): string[] {
	const sectionsOf = (id: string) =>
		new Set((organizations.find((o) => o.id === id)?.assessments ?? []).flatMap((a) => (a.source.section ? [a.source.section.id] : [])));
	const [first, second] = pair.ids.map(sectionsOf) as [Set<string>, Set<string>];
	return [...first].filter((s) => second.has(s));
}

/**
 * The heading of its section a locator names, where it names one ("Shortcomings of RATS, point
 * 1; …" is under "Shortcomings of RATS"), so a cell can link to the place and not only the page.
 * `slug` is the one the Markdown renderer gives headings; a locator that names no heading links
 * to the section as a whole.
 */
export function locatorAnchor(
	locator: string | undefined,
	anchors: ReadonlySet<string>,
	slug: (text: string) => string,
): string | undefined {
	const heading = locator
		?.split(';')[0]!
		.replace(/,\s*(?:point \d+|first point|second point|third point)$/i, '')
		.trim();
	const anchor = heading ? slug(heading) : undefined;
	return anchor && anchors.has(anchor) ? anchor : undefined;
}
