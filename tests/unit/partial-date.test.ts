import { describe, expect, it } from 'vitest';
import {
	comparePartialDates,
	formatDateRange,
	formatPartialDate,
	isOrdered,
	parsePartialDate,
	toIsoString,
	type PartialDate,
} from '../../src/lib/model/partial-date';

const ok = (input: unknown): PartialDate => {
	const r = parsePartialDate(input);
	if (!r.ok) throw new Error(r.error);
	return r.value;
};

describe('parsePartialDate', () => {
	it('reads year, month and day precision from how the date is written', () => {
		expect(ok('1995')).toEqual({ year: 1995, precision: 'year' });
		expect(ok('2019-06')).toEqual({ year: 2019, month: 6, precision: 'month' });
		expect(ok('2004-09-01')).toEqual({ year: 2004, month: 9, day: 1, precision: 'day' });
	});

	it('accepts the Date and number YAML produces for unquoted values', () => {
		expect(ok(new Date(Date.UTC(2006, 1, 15)))).toEqual({ year: 2006, month: 2, day: 15, precision: 'day' });
		expect(ok(2002)).toEqual({ year: 2002, precision: 'year' });
	});

	it('rejects impossible days with the length of the month', () => {
		const r = parsePartialDate('2019-02-30');
		expect(r.ok).toBe(false);
		expect(!r.ok && r.error).toMatch(/February 2019 has 28 days/);
		expect(parsePartialDate('2024-02-29').ok).toBe(true);
		expect(parsePartialDate('2019-13').ok).toBe(false);
	});

	it('rejects other spellings and says how to write the date', () => {
		for (const bad of ['19-2-2019', '2019/06/01', 'June 2019', '', '20190601']) {
			const r = parsePartialDate(bad);
			expect(r.ok, bad).toBe(false);
			expect(!r.ok && r.error).toMatch(/YYYY, YYYY-MM or YYYY-MM-DD/);
		}
	});
});

describe('formatting', () => {
	it('prints a date only as precisely as it is known', () => {
		expect(formatPartialDate(ok('1995'))).toBe('1995');
		expect(formatPartialDate(ok('2019-06'))).toBe('June 2019');
		expect(formatPartialDate(ok('2006-02-15'))).toBe('15 February 2006');
		expect(toIsoString(ok('2019-06'))).toBe('2019-06');
	});

	it('prints ranges compactly', () => {
		// ICU decides the spacing around the dash (a thin space in recent versions).
		expect(formatDateRange(ok('2004-09-01'), ok('2004-09-03'))).toMatch(/^1\s?–\s?3 September 2004$/u);
		expect(formatDateRange(ok('2025'), ok('2027'))).toBe('2025 – 2027');
	});

	it('is the same in any time zone', () => {
		// A date built from local time would slip a day west of UTC.
		expect(formatPartialDate(ok('2025-01-01'))).toBe('1 January 2025');
	});
});

describe('ordering', () => {
	it('sorts coarser dates before finer ones in the same period', () => {
		const dates = ['2019-06', '2019', '2018-12-31', '2019-01-01'].map(ok);
		expect(dates.sort(comparePartialDates).map(toIsoString)).toEqual(['2018-12-31', '2019', '2019-01-01', '2019-06']);
	});

	it('compares start and end at the precision both share', () => {
		expect(isOrdered(ok('2004-09-01'), ok('2004-09-03'))).toBe(true);
		expect(isOrdered(ok('2004-09-03'), ok('2004-09-01'))).toBe(false);
		expect(isOrdered(ok('2004-09'), ok('2004'))).toBe(true);
		expect(isOrdered(ok('2005'), ok('2004-12'))).toBe(false);
	});
});
