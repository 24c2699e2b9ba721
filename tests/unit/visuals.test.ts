import { describe, expect, it } from 'vitest';
import { matrixRows } from '../../src/lib/model/membership-matrix';
import { strongestStanding } from '../../src/lib/visuals/member-map';

const pointer = { section: { id: 'li-2025/review' } };

describe('membership matrix', () => {
	it('has a row per state any column lists, by name, and a cell per column', () => {
		const rows = matrixRows(
			[
				{ id: 'a', name: 'A', memberships: [{ country: 'RU', status: 'member', source: pointer }] },
				{
					id: 'b',
					name: 'B',
					memberships: [
						{ country: 'AF', status: 'observer', source: pointer },
						{ country: 'RU', status: 'member', source: pointer },
					],
				},
			],
			(c) => ({ RU: 'Russia', AF: 'Afghanistan' })[c]!,
		);
		expect(rows.map((r) => r.country)).toEqual(['AF', 'RU']);
		expect(rows[0]!.cells.map((c) => c.length)).toEqual([0, 1]);
		expect(rows[1]!.cells.map((c) => c.map((m) => m.status))).toEqual([['member'], ['member']]);
	});
});

describe('member map', () => {
	it('shows each state once, at its strongest standing', () => {
		const standing = strongestStanding([
			{ country: 'IN', status: 'observer' },
			{ country: 'IN', status: 'member' },
			{ country: 'GE', status: 'former-member' },
		]);
		expect([...standing]).toEqual([
			['IN', 'member'],
			['GE', 'former-member'],
		]);
	});
});

describe('timeline chart', () => {
	it('gives a row per year with events, marks gaps, and wraps a full year onto a second line', async () => {
		const { chartLayout } = await import('../../src/lib/visuals/timeline-chart');
		const events = [
			{ id: 'a', year: 2001, kind: 'attack' },
			...Array.from({ length: 20 }, (_, i) => ({ id: `b${i}`, year: 2002, kind: 'meeting' })),
			{ id: 'c', year: 2010, kind: 'summit' },
		];
		const chart = chartLayout(events);
		expect(chart.rows.map((r) => [r.year, r.gapBefore])).toEqual([
			[2001, false],
			[2002, false],
			[2010, true],
		]);
		expect(chart.marks).toHaveLength(22);
		const year2002 = chart.marks.filter((m) => m.id.startsWith('b'));
		expect(new Set(year2002.map((m) => m.y)).size).toBe(2);
		expect(Math.max(...chart.marks.map((m) => m.x))).toBeLessThan(320);
	});
});
