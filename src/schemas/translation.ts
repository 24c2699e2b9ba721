import { z } from 'astro/zod';
import { DocumentSchema } from './document';
import { OrganizationSchema } from './organization';
import { SectionSchema, SummarySchema } from './section';
import { SourceSchema } from './source';
import type { Reference } from './common';
import type { TranslatableCollection } from '../lib/model/collections';

/**
 * The text of an entry, field by field: everything else in an entry (ids, dates, kinds,
 * relations, memberships, countries, pointers) is a fact, typed once in the English file. A
 * field's schema is the English one's, so a translated summary has the same limits.
 */
export const TEXT_FIELDS = {
	sources: ['abstract', 'translation'],
	sections: ['title', 'summary'],
	organizations: ['name', 'shortName', 'aliases', 'summary'],
	events: ['title', 'summary'],
	documents: ['title', 'aliases', 'status', 'summary'],
	notes: ['title'],
} as const satisfies Record<TranslatableCollection, readonly string[]>;

/** Text inside a fact that a translation gives as a plain value, by the English field that holds it. */
export const NESTED_TEXT = {
	/** `place.name` of an event or document. */
	place: ['events', 'documents'],
	/** `headquarters.city` of an organization. */
	headquarters: ['organizations'],
	/** Each `assessments[].statement` of an organization, in the English order. */
	assessments: ['organizations'],
} as const satisfies Record<string, readonly TranslatableCollection[]>;

/** Fields every translation has, whatever it translates. */
const common = {
	/**
	 * The English text this translation was made from: the revision `npm run translations`
	 * prints for the entry. When the English text changes, the translation is out of date.
	 */
	revision: z
		.string({
			// YAML reads a revision of digits (and one `e`) as a number, losing its digits: quotes keep it text.
			error: 'must be the 12-character revision of the English text in quotes, as npm run translations prints it: revision: "0123456789ab"',
		})
		.regex(/^[0-9a-f]{12}$/, 'must be the 12-character revision of the English text (npm run translations prints it)'),
};

/** Fields only an organization's translation has. */
const organizationExtras = (reference: Reference) => ({
	/** The public record, in the bibliography, that gives the official name in this language. */
	nameRecord: reference('references').optional(),
});

/** The nested text, as plain values (see `NESTED_TEXT`). */
const nestedText = {
	/** The place's name in this language. */
	place: z.string().min(1).optional(),
	/** The city of the headquarters in this language. */
	headquarters: z.string().min(1).optional(),
	/** The statements of the English `assessments`, one per item, in the same order. */
	assessments: z.array(z.string().min(1).max(400)).optional(),
};

/**
 * A translation of one entry into one language, at `content/translations/<lang>/<path of the
 * English file>`: only text, and the English revision it translates. Each text field reuses the
 * English field's schema. Which fields a given collection requires, and which facts it must
 * leave out, the content check says (src/lib/checks/translations.ts).
 */
export const TranslationSchema = (reference: Reference) => {
	const source = SourceSchema(reference).options[0].shape;
	const organization = OrganizationSchema(reference).shape;
	return z.strictObject({
		...common,
		...organizationExtras(reference),
		...nestedText,
		/** A source's abstract, written for this reference. */
		abstract: source.abstract.optional(),
		/** A source's note on the translation it was read in. */
		translation: source.translation,
		/** The title of a section, event, document or note. */
		title: SectionSchema(reference).shape.title.optional(),
		/** One or two sentences, as in English. */
		summary: SummarySchema.optional(),
		/** An organization's name in this language, official where the body has one. */
		name: organization.name.optional(),
		/** Its abbreviation in this language. */
		shortName: organization.shortName,
		/** Other names readers of this language know it by; search finds the page by each. */
		aliases: z.array(z.string().min(1)).optional(),
		/** A document's standing, in a few words. */
		status: DocumentSchema(reference).shape.status,
	});
};

/** A field a translation may give; it must be one of the English schema's text fields. */
export type TextField = (typeof TEXT_FIELDS)[TranslatableCollection][number];
