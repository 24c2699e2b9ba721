import { describe, expect, it } from 'vitest';
import { slug } from 'github-slugger';
import {
	assessmentsByOrganization,
	comparisonPairs,
	comparisonRows,
	locatorAnchor,
	pairsOf,
	pairSlug,
	sectionsComparing,
	type AssessmentLike,
} from '../../src/lib/model/comparison';
import { aspects } from '../../src/schemas/assessment';

const said = (aspect: AssessmentLike['aspect'], section: string, note?: string): AssessmentLike => ({
	aspect,
	statement: `${aspect} in ${section}`,
	source: { source: { id: section.split('/')[0]! }, section: { id: section }, locator: 'a heading' },
	sharedWith: [],
	notes: note ? [{ id: note }] : [],
});
const ids = (...list: string[]) => list.map((id) => ({ id }));

describe('comparison pairs', () => {
	it('gives every pair of a source’s list one page, in the order the source names them', () => {
		expect(comparisonPairs([{ id: 'li-2025', compares: ids('sco-rats', 'cis-atc') }])).toEqual([
			{ slug: 'sco-rats--cis-atc', ids: ['sco-rats', 'cis-atc'], sources: ['li-2025'] },
		]);
		expect(comparisonPairs([{ id: 'x', compares: ids('a', 'b', 'c') }]).map((p) => p.slug)).toEqual(['a--b', 'a--c', 'b--c']);
	});

	it('makes one page of a pair two sources compare, whichever way round, naming both sources', () => {
		const pairs = comparisonPairs([
			{ id: 'li-2025', compares: ids('sco-rats', 'cis-atc') },
			{ id: 'other-2026', compares: ids('cis-atc', 'sco-rats') },
			{ id: 'saenko-2025', compares: [] },
		]);
		expect(pairs).toEqual([{ slug: pairSlug('sco-rats', 'cis-atc'), ids: ['sco-rats', 'cis-atc'], sources: ['li-2025', 'other-2026'] }]);
		expect(pairsOf(pairs, 'cis-atc')).toHaveLength(1);
		expect(pairsOf(pairs, 'sco')).toEqual([]);
	});
});

describe('comparison rows', () => {
	const rats = {
		id: 'sco-rats',
		assessments: [said('membership-trend', 'li-2025/comparative-analysis'), said('founding', 'saenko-2025/sco-and-rats')],
	};
	const atc = { id: 'cis-atc', assessments: [said('membership-trend', 'li-2025/comparative-analysis', 'a-note')] };

	it('has one row per aspect, in the schema’s order, even where nobody states it', () => {
		const rows = comparisonRows([rats, atc]);
		expect(rows.map((r) => r.aspect)).toEqual([...aspects]);
		const founding = rows.find((r) => r.aspect === 'founding')!;
		expect(founding.cells.map((c) => c.organization)).toEqual(['sco-rats', 'cis-atc']);
		// An empty cell is what the page prints as "Not stated".
		expect(founding.cells[1]!.assessments).toEqual([]);
		expect(rows.find((r) => r.aspect === 'training')!.cells.every((c) => c.assessments.length === 0)).toBe(true);
	});

	it('keeps several statements on one aspect, in the file’s order, with their notes', () => {
		const two = {
			id: 'sco-rats',
			assessments: [said('membership-trend', 'li-2025/conclusion', 'n'), said('membership-trend', 'li-2025/comparative-analysis')],
		};
		const [cell] = comparisonRows([two], ['membership-trend'])[0]!.cells;
		expect(cell!.assessments.map((a) => a.source.section?.id)).toEqual(['li-2025/conclusion', 'li-2025/comparative-analysis']);
		expect(cell!.assessments[0]!.notes).toEqual([{ id: 'n' }]);
	});

	it('links a comparison from the sections that assess both bodies, and from no other', () => {
		const [pair] = comparisonPairs([{ id: 'li-2025', compares: ids('sco-rats', 'cis-atc') }]);
		expect(sectionsComparing(pair!, [rats, atc])).toEqual(['li-2025/comparative-analysis']);
	});
});

describe('locator anchors', () => {
	const headings = new Set(['shortcomings-of-rats', 'lis-assessment', 'the-conclusions-in-the-abstract']);
	it('links a locator to the heading it names, without the point or the second place', () => {
		expect(locatorAnchor('Shortcomings of RATS, point 2; Priorities for RATS, point 2', headings, slug)).toBe('shortcomings-of-rats');
		expect(locatorAnchor("Li's assessment", headings, slug)).toBe('lis-assessment');
		expect(locatorAnchor('The conclusions in the abstract', headings, slug)).toBe('the-conclusions-in-the-abstract');
	});
	it('links to the section as a whole where the locator names no heading', () => {
		expect(locatorAnchor('opening paragraph', headings, slug)).toBeUndefined();
		expect(locatorAnchor(undefined, headings, slug)).toBeUndefined();
	});
});

describe('assessmentsByOrganization', () => {
	it('shows a statement written on one body in the column of each body it is shared with, after that body’s own', () => {
		const shared = { ...said('contribution', 'li-2025/conclusion'), sharedWith: ids('cis-atc') };
		const own = said('contribution', 'li-2025/comparative-analysis');
		const out = assessmentsByOrganization([
			{ id: 'sco-rats', assessments: [shared] },
			{ id: 'cis-atc', assessments: [own] },
			{ id: 'csto', assessments: [] },
		]);
		expect(out.map((o) => [o.id, o.assessments])).toEqual([
			['sco-rats', [shared]],
			['cis-atc', [own, shared]],
			['csto', []],
		]);
		const rows = comparisonRows(out.slice(0, 2), ['contribution']);
		expect(rows[0]!.cells.map((c) => c.assessments.length)).toEqual([1, 2]);
	});
});
