/**
 * Dates as the sources give them: a year ("1995"), a month ("2019-06") or a day ("2019-06-15").
 * A source that names only a year must not be shown as 1 January of that year, so the precision
 * travels with the value. Everything here is UTC: a build in any time zone prints the same dates.
 */

export const precisions = ['year', 'month', 'day'] as const;
export type Precision = (typeof precisions)[number];

export interface PartialDate {
	year: number;
	/** 1–12, present for month and day precision. */
	month?: number;
	/** 1–31, present for day precision. */
	day?: number;
	precision: Precision;
}

const pattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export type ParseResult = { ok: true; value: PartialDate } | { ok: false; error: string };

/** Accepts `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and a `Date` (YAML turns unquoted days into dates). */
export function parsePartialDate(input: unknown): ParseResult {
	if (input instanceof Date) {
		if (Number.isNaN(input.getTime())) return { ok: false, error: 'is not a valid date' };
		return parsePartialDate(input.toISOString().slice(0, 10));
	}
	if (typeof input === 'number' && Number.isInteger(input)) return parsePartialDate(String(input));
	if (typeof input !== 'string') {
		return { ok: false, error: 'must be a date written as YYYY, YYYY-MM or YYYY-MM-DD' };
	}
	const match = pattern.exec(input.trim());
	if (!match) {
		return {
			ok: false,
			error: `"${input}" is not a date: write it as YYYY, YYYY-MM or YYYY-MM-DD (for example 2019-06 or 2019-06-15)`,
		};
	}
	const year = Number(match[1]);
	if (match[2] === undefined) return { ok: true, value: { year, precision: 'year' } };
	const month = Number(match[2]);
	if (month < 1 || month > 12) return { ok: false, error: `"${input}" has no month ${month}: months run 01–12` };
	if (match[3] === undefined) return { ok: true, value: { year, month, precision: 'month' } };
	const day = Number(match[3]);
	const last = daysInMonth(year, month);
	if (day < 1 || day > last) {
		return { ok: false, error: `"${input}" does not exist: ${monthName(month)} ${year} has ${last} days` };
	}
	return { ok: true, value: { year, month, day, precision: 'day' } };
}

function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

// A formatter is costly to make and cheap to use: one per locale and precision, made on first use
// (a 10,000-entry build formats some 50,000 dates).
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, precision: Precision | 'monthName'): Intl.DateTimeFormat {
	const key = `${locale}|${precision}`;
	let format = formatters.get(key);
	if (!format) {
		const options: Intl.DateTimeFormatOptions =
			precision === 'monthName'
				? { month: 'long' }
				: precision === 'year'
					? { year: 'numeric' }
					: precision === 'month'
						? { year: 'numeric', month: 'long' }
						: { year: 'numeric', month: 'long', day: 'numeric' };
		format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
		formatters.set(key, format);
	}
	return format;
}

function monthName(month: number): string {
	return formatter('en', 'monthName').format(Date.UTC(2000, month - 1, 1));
}

/** The machine-readable form, as used in `<time datetime>` and in sort keys. */
export function toIsoString(date: PartialDate): string {
	const y = String(date.year).padStart(4, '0');
	if (date.precision === 'year') return y;
	const m = String(date.month).padStart(2, '0');
	if (date.precision === 'month') return `${y}-${m}`;
	return `${y}-${m}-${String(date.day).padStart(2, '0')}`;
}

/** A reader's form at the date's own precision: "2019", "June 2019", "15 June 2019". */
export function formatPartialDate(date: PartialDate, locale = 'en-GB'): string {
	return formatter(locale, date.precision).format(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
}

/** A range such as "1–3 September 2004"; falls back to two full dates when they differ in precision. */
export function formatDateRange(start: PartialDate, end: PartialDate | undefined, locale = 'en-GB'): string {
	if (!end) return formatPartialDate(start, locale);
	if (start.precision === 'day' && end.precision === 'day') {
		const a = Date.UTC(start.year, start.month! - 1, start.day);
		const b = Date.UTC(end.year, end.month! - 1, end.day);
		return formatter(locale, 'day').formatRange(a, b);
	}
	return `${formatPartialDate(start, locale)} – ${formatPartialDate(end, locale)}`;
}

/**
 * Orders by the earliest moment each date can mean, then coarser before finer, so "2019" sorts
 * before "2019-01-01" and both before "2019-02".
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
	return a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);
}

/** True when `end` cannot be earlier than `start` at the precision both share. */
export function isOrdered(start: PartialDate, end: PartialDate): boolean {
	if (end.year !== start.year) return end.year > start.year;
	if (start.month === undefined || end.month === undefined) return true;
	if (end.month !== start.month) return end.month > start.month;
	if (start.day === undefined || end.day === undefined) return true;
	return end.day >= start.day;
}
