import { z } from 'astro/zod';
import type { reference as astroReference } from 'astro:content';
import { isCountryCode } from '../lib/model/countries';
import { isOrdered, parsePartialDate, precisions, type PartialDate } from '../lib/model/partial-date';

/**
 * Astro's `reference()` comes from a virtual module that only exists inside a build, so every
 * schema that links entries is a factory taking it as a parameter: `content.config.ts` passes the
 * real one, unit tests pass a stand-in.
 */
export type Reference = typeof astroReference;

/**
 * Longest title of an entry, in any language: lists and previews show titles whole, so a page's
 * weight is bounded by their length as well as their number (the longest today, a Russian event
 * title, is 144 characters).
 */
export const TITLE_MAX = 160;
/** An entry's title: bounded, so that every list it appears in is. */
export const TitleSchema = z
	.string()
	.min(1)
	.max(TITLE_MAX, `a title is at most ${TITLE_MAX} characters, since lists show it whole: shorten it and say the rest in the text`);
/** Longest name of an organization, in any language (the longest today, a Russian one, is 85). */
export const NAME_MAX = 120;
/** An organization's full name: bounded, as titles are. */
export const NameSchema = z
	.string()
	.min(1)
	.max(
		NAME_MAX,
		`a name is at most ${NAME_MAX} characters, since lists show it whole: give the official name, and a longer form as an alias`,
	);

/** A date at year, month or day precision: `1995`, `2019-06` or `2019-06-15`. */
export const PartialDateSchema = z
	.union([z.string(), z.number(), z.date()], {
		error: 'must be a date written as YYYY, YYYY-MM or YYYY-MM-DD',
	})
	.transform((value, ctx): PartialDate => {
		const parsed = parsePartialDate(value);
		if (parsed.ok) return parsed.value;
		ctx.addIssue({ code: 'custom', message: parsed.error });
		return z.NEVER;
	});

export const PrecisionSchema = z.enum(precisions);

/** An ISO 3166-1 alpha-2 country code, such as `KZ`; its name comes from `Intl.DisplayNames`. */
export const CountryCodeSchema = z.string().refine(isCountryCode, {
	error: (issue) => `"${String(issue.input)}" is not an ISO 3166-1 alpha-2 country code (two capital letters, for example KZ or CN)`,
});

/**
 * Where a fact stands: a section page a reader can open to check it (which names its source), or
 * the source as a whole where no one section states it. Consumers get both, `source` always.
 */
export const SourcePointerSchema = (reference: Reference) =>
	z
		.strictObject({
			/** The section page where the fact is stated, by its id (`<source>/<page>`). */
			section: reference('sections').optional(),
			/** The source document as a whole, by its id in `seeds/`; only where no section is named. */
			source: reference('sources').optional(),
			/** A finer place inside it, such as "abstract" or "reference 12". */
			locator: z.string().min(1).optional(),
		})
		.superRefine((p, ctx) => {
			if (!p.section === !p.source) {
				ctx.addIssue({
					code: 'custom',
					path: p.section ? ['source'] : [],
					message: p.section
						? 'give either a section or a source, not both: the section id (`<source>/<page>`) already names its source'
						: 'give the section where the fact is stated (`section: <source>/<page>`), or `source: <id>` for the document as a whole',
				});
			}
		})
		.transform(({ section, source, locator }) => ({
			source: source ?? { collection: 'sources' as const, id: section!.id.split('/')[0]! },
			...(section ? { section } : {}),
			...(locator ? { locator } : {}),
		}));

/**
 * Adds the checks a date pair needs: the end is not before the start, and a stated precision
 * agrees with how the date is written.
 */
export function checkDates(
	data: { date?: PartialDate | undefined; endDate?: PartialDate | undefined; precision?: string | undefined },
	ctx: z.RefinementCtx,
	names: { start: string; end: string } = { start: 'date', end: 'endDate' },
) {
	if (data.date && data.endDate && !isOrdered(data.date, data.endDate)) {
		ctx.addIssue({
			code: 'custom',
			path: [names.end],
			message: `${names.end} is earlier than ${names.start}: swap them or correct one of them`,
		});
	}
	if (data.date && data.precision && data.precision !== data.date.precision) {
		ctx.addIssue({
			code: 'custom',
			path: ['precision'],
			message: `precision says "${data.precision}" but the date is written to the ${data.date.precision}: remove precision (it is read from the date) or make them agree`,
		});
	}
}
