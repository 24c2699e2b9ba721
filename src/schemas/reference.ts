import { z } from 'astro/zod';
import type { Reference } from './common';

const referenceTypes = ['article-journal', 'article-newspaper', 'book', 'chapter', 'webpage', 'report', 'document', 'legislation'] as const;

/** A CSL date: one list of year, month and day, as many parts as the work is dated to. */
const DATE_FORM = 'write it as CSL date-parts: { date-parts: [[2022]] }, [[2022, 5]] or [[2022, 5, 12]]';
const CslDate = z
	.strictObject(
		{
			/** `[[year]]`, `[[year, month]]` or `[[year, month, day]]`. */
			'date-parts': z.tuple([z.tuple([z.number().int().min(1000).max(2100)], z.number().int().min(1))], { error: DATE_FORM }),
		},
		{ error: DATE_FORM },
	)
	.refine((d) => isRealDate(d['date-parts'][0]), {
		message: 'is not a date: write [[YYYY]], [[YYYY, M]] or [[YYYY, M, D]] with a real month and day',
	});

function isRealDate(parts: number[]): boolean {
	const [year, month, day] = parts as [number, number?, number?];
	if (parts.length > 3) return false;
	if (month === undefined) return true;
	if (month > 12) return false;
	if (day === undefined) return true;
	return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const Name = z.union([
	z.strictObject({
		/** Family name. */
		family: z.string().min(1),
		/** Given names or initials. */
		given: z.string().min(1).optional(),
	}),
	z.strictObject({
		/** A name that is not split, such as an institution. */
		literal: z.string().min(1),
	}),
]);

/**
 * A work cited by a source, in `content/references.yml`. Field names follow CSL-JSON (the
 * citation-style data format) so entries can be exported to reference managers as they are.
 */
export const ReferenceSchema = (reference: Reference) =>
	z.strictObject({
		/** Citation key, used in Markdown as `[@key]` and as the anchor on the bibliography page. */
		id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, such as ma-2006'),
		/** CSL item type. */
		type: z.enum(referenceTypes),
		/** Authors or editors; omit for unsigned web pages. */
		author: z.array(Name).default([]),
		/** Editors of a book or collection, for chapters in it. */
		editor: z.array(Name).default([]),
		/** Date of publication as CSL date-parts, `{ date-parts: [[2022]] }` or, for news items, `[[2019, 12, 12]]`: as precise as the work is dated. */
		issued: CslDate.optional(),
		/** Title as the source's list gives it. */
		title: z.string().min(1),
		/** Journal, book or site it appeared in. */
		'container-title': z.string().min(1).optional(),
		/** Publisher. */
		publisher: z.string().min(1).optional(),
		/** Volume. */
		volume: z.string().min(1).optional(),
		/** Issue. */
		issue: z.string().min(1).optional(),
		/** Page range. */
		page: z.string().min(1).optional(),
		/** Address as the source's list gives it. */
		URL: z.string().min(1).optional(),
		/** Digital Object Identifier, without the resolver prefix. */
		DOI: z
			.string()
			.regex(/^10\.\d{4,9}\/\S+$/, 'must be a bare DOI such as 10.7256/2454-0668.2025.1.73349')
			.optional(),
		/** Which source lists the work, and its number in that list; omitted for works the editors cite in their notes. */
		listed: z
			.strictObject({
				/** The source document. */
				source: reference('sources'),
				/** Its number in the source's reference list. */
				number: z.number().int().positive(),
			})
			.optional(),
		/** An editor's note on the entry, shown with it. */
		note: z.string().min(1).optional(),
		/** The language the work is written in, as a BCP 47 tag (`ru`, `zh`), where it is not English. */
		language: z
			.string()
			.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as ru or zh')
			.optional(),
	});
