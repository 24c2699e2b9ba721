import { describe, expect, it } from 'vitest';
import { matrixRows } from '../../src/lib/membership-matrix';
import { strongestStanding } from '../../src/lib/member-map';

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
