import { z } from 'astro/zod';
import { SummarySchema } from './section';
import {
	TitleSchema,
	CountryCodeSchema,
	PartialDateSchema,
	PrecisionSchema,
	SourcePointerSchema,
	checkDates,
	type Reference,
} from './common';

/** In this order on the index of documents: binding instruments first, publications last. */
export const documentKinds = [
	'convention',
	'charter',
	'agreement',
	'memorandum',
	'resolution',
	'law',
	'decree',
	'strategy',
	'programme',
	'plan',
	'statement',
	'publication',
] as const;

/** A year as the sources write a period's bounds ("2025–2027"). */
const Year = z.number().int().min(1900).max(2100);

/**
 * A document a source names, under `content/documents/<id>.md`: a legal instrument, agreement,
 * programme, strategy, law, decree, resolution, statement or publication. Every field comes from
 * the sources; a field a source does not state is left out (an outside record goes in an
 * editor's note, never here). The events that sign or adopt it link to it from their side
 * (`documents:` on the event), so that relation is not typed here.
 */
export const DocumentSchema = (reference: Reference) =>
	z
		.strictObject({
			/** The title as the source gives it (quoted titles may be copied), or a short description where it has none. */
			title: TitleSchema,
			/** Other titles and spellings the sources use; search finds the page by each. */
			aliases: z.array(z.string().min(1)).default([]),
			/** What kind of document it is. */
			kind: z.enum(documentKinds),
			/** Who signed, adopted or issued it, as the sources present them: a body that only works under it goes in `guides`. */
			parties: z
				.strictObject({
					/** Organizations, by id (content/organizations/); each lists the document on its page. */
					organizations: z.array(reference('organizations')).default([]),
					/** States, by ISO 3166-1 alpha-2 code. */
					countries: z.array(CountryCodeSchema).default([]),
				})
				.default({ organizations: [], countries: [] }),
			/**
			 * Organizations whose work it governs or guides without their being party to it (RATS works
			 * "in accordance with" the SCO's programme), by id; each lists the document on its page.
			 */
			guides: z.array(reference('organizations')).default([]),
			/** When it was signed or adopted, as precisely as a source says; leave it out where none does. */
			date: PartialDateSchema.optional(),
			/** Optional; read from `date`. If given it must agree with how `date` is written. */
			precision: PrecisionSchema.optional(),
			/** Where it was signed or adopted, if a source says. */
			place: z
				.strictObject({
					/** Place name as a reader would look for it; leave out where only the country is stated. */
					name: z.string().min(1).optional(),
					/** Country code. */
					country: CountryCodeSchema.optional(),
				})
				.refine((p) => p.name || p.country, { message: 'give the place a name or a country, or leave place out' })
				.optional(),
			/** The years it covers, where a source states them ("for 2025–2027": `{ from: 2025, to: 2027 }`). */
			period: z
				.strictObject({
					/** First year. */
					from: Year,
					/** Last year. */
					to: Year,
				})
				.refine((p) => p.from <= p.to, { message: 'period.to is earlier than period.from: swap them', path: ['to'] })
				.optional(),
			/** Its standing where a source states it ("in force", "approved"), in a few words. */
			status: z.string().min(1).optional(),
			/** One or two sentences on what it is, in the site's own words, attributed to the source. */
			summary: SummarySchema,
			/** Where the sources name it. */
			sources: z.array(SourcePointerSchema(reference)).min(1, 'give at least one source pointer'),
		})
		.superRefine((d, ctx) => checkDates(d, ctx));

/** An document's fields as the site reads them, after parsing: the one shape code that takes entries is typed by. */
export type DocumentData = z.output<ReturnType<typeof DocumentSchema>>;
