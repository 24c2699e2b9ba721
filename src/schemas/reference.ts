import { z } from 'astro/zod';
import type { Reference } from './common';

const referenceTypes = ['article-journal', 'article-newspaper', 'book', 'chapter', 'webpage', 'report', 'document'] as const;

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
		/** Year of publication, as the source's list gives it. */
		issued: z.number().int().min(1000).max(2100).optional(),
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
		/** Which source lists the work, and its number in that list; omitted for works the editors cite in their notes. */
		listed: z
			.strictObject({
				/** The source document. */
				source: reference('sources'),
				/** Its number in the source's reference list. */
				number: z.number().int().positive(),
			})
			.optional(),
		/** Day of publication, for news items, as the publisher dates them. */
		date: z
			.string()
			.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be written YYYY-MM-DD')
			.optional(),
		/** An editor's note on the entry, shown with it. */
		note: z.string().min(1).optional(),
	});
