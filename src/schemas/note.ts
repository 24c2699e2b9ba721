import { z } from 'astro/zod';
import { TitleSchema, CountryCodeSchema, type Reference } from './common';

export const noteKinds = [
	'date-discrepancy',
	'inferred-date',
	'internal-contradiction',
	'outside-record',
	'naming',
	'translation',
	'site-reading',
	'not-stated',
] as const;

/**
 * An editor's note, under `content/notes/<id>.md`: a place where the site departs from a source,
 * questions it or explains how it reads it. Written once, it is shown on every page it concerns
 * and listed, with every other, on the page of editor's notes. Its text is Markdown, in the
 * project's own words, with its own citations (`[@key]`), shown inline as `(Label)`.
 */
export const NoteSchema = (reference: Reference) =>
	z
		.strictObject({
			/** What the note is about, in a few words ("A reference dated after the event"). */
			title: TitleSchema,
			/** What kind of note it is. */
			kind: z.enum(noteKinds),
			/** The sections it concerns: it is shown on each. */
			sections: z.array(reference('sections')).default([]),
			/** The organizations it concerns. */
			organizations: z.array(reference('organizations')).default([]),
			/** The events it concerns. */
			events: z.array(reference('events')).default([]),
			/** The documents (content/documents/) it concerns. */
			documents: z.array(reference('documents')).default([]),
			/** The source documents it concerns, as wholes (shown on the source's page). */
			sources: z.array(reference('sources')).default([]),
			/** Memberships it concerns, by organization and state: marked in that cell of the membership table. */
			memberships: z
				.array(
					z.strictObject({
						/** The organization whose membership list names the state. */
						organization: reference('organizations'),
						/** The state, by ISO code, as in that list. */
						country: CountryCodeSchema,
					}),
				)
				.default([]),
		})
		.refine(
			(n) =>
				n.sections.length + n.organizations.length + n.events.length + n.documents.length + n.sources.length + n.memberships.length > 0,
			{
				message: 'say what the note concerns: at least one of sections, organizations, events, documents, sources or memberships',
				path: ['sections'],
			},
		);

/** An editor's note's fields as the site reads them, after parsing: the one shape code that takes entries is typed by. */
export type NoteData = z.output<ReturnType<typeof NoteSchema>>;
