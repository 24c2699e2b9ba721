import { z } from 'astro/zod';
import { PartialDateSchema, type Reference } from './common';

const Author = z.strictObject({
	/** The name as the source prints it. */
	name: z.string().min(1),
	/** Family name, for citations ("Li" in "Li Ziman"); defaults to the last word of the name. */
	family: z.string().min(1).optional(),
	/** Position and institution, as the source states them. */
	affiliation: z.string().min(1).optional(),
	/** A description the source gives instead of an affiliation, such as "international observer". */
	role: z.string().min(1).optional(),
});

const Shared = (reference: Reference) => ({
	/** The title as published, in full. */
	title: z.string().min(1),
	/** Authors in the order of the byline. */
	authors: z.array(Author).min(1),
	/** Day of publication. */
	published: PartialDateSchema,
	/** Where the text can be read, if a stable address is known. */
	url: z.url().optional(),
	/** BCP 47 code of the text the site was written from. */
	language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'must be a BCP 47 language code such as en or ru'),
	/** A note on translation, such as the publisher labelling the text a machine translation. */
	translation: z.string().min(1).optional(),
	/** The text as first published, where the site works from a translation: as the publisher's own page gives it. */
	original: z
		.strictObject({
			/** Its language, as a BCP 47 tag. */
			language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'must be a BCP 47 language code such as ru'),
			/** Its title, exactly as printed. */
			title: z.string().min(1),
			/** The publisher's page of it. */
			url: z.url(),
		})
		.optional(),
	/** The keywords the source lists, in alphabetical order (none for a text without a list). */
	keywords: z.array(z.string().min(1)).default([]),
	/** What the document argues, in the project's own words (one to three short paragraphs). */
	abstract: z.string().min(40, 'abstract is too short: summarise the document in the project’s own words'),
	/** The section pages, in the order of the original text. */
	sections: z.array(reference('sections')).default([]),
	/**
	 * The organizations the document compares with each other, in the order it names them: each
	 * pair gets a comparison page (`/compare/<a>--<b>/`) built from the organizations' assessments.
	 */
	compares: z
		.array(reference('organizations'))
		.default([])
		.refine((list) => list.length !== 1, {
			message: 'a comparison needs at least two organizations',
			params: { fix: 'add the organization it is compared with, or remove `compares`' },
		})
		.refine((list) => new Set(list.map((r) => r.id)).size === list.length, {
			message: 'an organization is named twice in `compares`',
			params: { fix: 'name each organization once' },
		}),
	/** Where the project's copy of the text came from: the seed file and how it was obtained. */
	provenance: z.strictObject({
		/** File name of the text in the shared seeds folder. */
		seed: z.string().min(1),
		/** How the text reached the project and anything odd about it. */
		note: z.string().min(1).optional(),
	}),
});

/** A source document: one record per file in `seeds/`, never the source text itself. */
export const SourceSchema = (reference: Reference) =>
	z.discriminatedUnion('kind', [
		z.strictObject({
			/** A peer-reviewed article in a journal. */
			kind: z.literal('journal-article'),
			...Shared(reference),
			/** Journal title. */
			journal: z.string().min(1),
			/** Volume, where the journal numbers them. */
			volume: z.string().min(1).optional(),
			/** Issue number. */
			issue: z.string().min(1).optional(),
			/** Pages in the issue, as the journal gives them: `44–56`. */
			pages: z
				.string()
				.regex(/^\d+[–-]\d+$/, 'must be a page range such as 44–56')
				.optional(),
			/** Digital Object Identifier, without the resolver prefix. */
			doi: z.string().regex(/^10\.\d{4,9}\/\S+$/, 'must be a bare DOI such as 10.7256/2454-0668.2025.1.73349'),
			/** eLIBRARY (Russian Science Citation Index) document code. */
			edn: z
				.string()
				.regex(/^[A-Z]{6}$/, 'must be six capital letters, such as IURAAC')
				.optional(),
			/** Day the manuscript was received. */
			received: PartialDateSchema.optional(),
		}),
		z.strictObject({
			/** An opinion or analysis piece in a news outlet. */
			kind: z.literal('news-commentary'),
			...Shared(reference),
			/** Name of the outlet, if the copy names it. */
			outlet: z.string().min(1).optional(),
		}),
	]);
