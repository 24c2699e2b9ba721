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

export const eventKinds = [
	'attack',
	'agreement',
	'exercise',
	'meeting',
	'summit',
	'law-or-decree',
	'detention-or-operation',
	'membership-change',
	'institutional-change',
	'statement',
] as const;

/** A dated event that a source reports, under `content/events/`. */
export const EventSchema = (reference: Reference) =>
	z
		.strictObject({
			/** A short descriptive title. */
			title: TitleSchema,
			/** When it happened, as precisely as the source says: `2004`, `2004-09` or `2004-09-01`. */
			date: PartialDateSchema,
			/** Optional; read from `date`. If given it must agree with how `date` is written. */
			precision: PrecisionSchema.optional(),
			/** Last day, for events that lasted several days. */
			endDate: PartialDateSchema.optional(),
			/** What kind of event it was. */
			kind: z.enum(eventKinds),
			/** Where it happened, if a source says. */
			place: z
				.strictObject({
					/** Place name as a reader would look for it. */
					name: z.string().min(1),
					/** Country code. */
					country: CountryCodeSchema.optional(),
				})
				.optional(),
			/** Organizations involved. */
			organizations: z.array(reference('organizations')).default([]),
			/** States involved, by country code. */
			countries: z.array(CountryCodeSchema).default([]),
			/**
			 * Documents it signs, adopts or approves, or that the source reports it discussing, by id
			 * (content/documents/); each document's page lists the event, computed from here.
			 */
			documents: z.array(reference('documents')).default([]),
			/** One or two sentences on what happened, for the timeline and search. */
			summary: SummarySchema,
			/** Where the sources report it. */
			sources: z.array(SourcePointerSchema(reference)).min(1, 'give at least one source pointer'),
		})
		.superRefine((e, ctx) => checkDates(e, ctx));

/** An event's fields as the site reads them, after parsing: the one shape code that takes entries is typed by. */
export type EventData = z.output<ReturnType<typeof EventSchema>>;
