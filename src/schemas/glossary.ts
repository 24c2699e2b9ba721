import { z } from 'astro/zod';

/** A term's forms in one language. */
const Forms = z.strictObject({
	/** The full official form. */
	name: z.string().min(1),
	/** The official short form, if the records give one (`null`: none found, none used). */
	short: z.string().min(1).nullable().optional(),
	/** Other forms the records attest, which translations may use. */
	variants: z.array(z.string().min(1)).default([]),
	/** Forms the records contradict: the content check fails a translation that uses one. */
	reject: z.array(z.string().min(1)).default([]),
});

/** A public record a form comes from. */
const GlossaryRecord = z.strictObject({
	/** The page's heading as read. */
	title: z.string().min(1),
	/** Who publishes it. */
	publisher: z.string().min(1),
	/** The date the record states (`YYYY`, `YYYY-MM-DD`), or `undated`. */
	date: z.union([z.string().min(1), z.date()]),
	/** Its address. */
	url: z.url(),
	/** The language it is written in (BCP 47). */
	language: z.string().min(2),
	/** Which forms it shows. */
	supports: z.string().min(1),
});

/**
 * One term of the glossary (content/glossary.yml): the English form the site uses and the
 * official Russian and Chinese forms, with the public records they come from. Translations use
 * these forms; names of people and places the glossary also fixes where no record does.
 */
export const GlossarySchema = z
	.strictObject({
		/** A short id in kebab-case. */
		id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
		/** The English forms: a body's, a person's or a place's `name`, or a work's `title` as the site prints it. */
		en: z
			.strictObject({
				name: z.string().min(1).optional(),
				title: z.string().min(1).optional(),
				short: z.string().min(1).nullable().optional(),
			})
			.refine(
				(en) => (en.name === undefined) !== (en.title === undefined),
				'give the English `name` (of a body, person or place) or `title` (of a work), one of them',
			),
		/** The Russian forms. */
		ru: Forms,
		/** The Simplified Chinese forms. */
		zh: Forms,
		/** The records read for these forms; none only where `uncertain` says that none gives a form and which was chosen. */
		records: z.array(GlossaryRecord).default([]),
		/** What no record settles, and the site's choice there. */
		uncertain: z.string().min(1).optional(),
	})
	.refine((term) => term.records.length > 0 || term.uncertain !== undefined, {
		path: ['records'],
		message:
			'give at least one public record you have read, or say under `uncertain` that no record gives a form and which one the site chose',
	});
