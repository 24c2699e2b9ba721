import { z } from 'astro/zod';
import type { Reference } from './common';

/** Longest summary the cards and search results show in full. */
export const SUMMARY_MAX = 280;

/** One page per section of a source document, under `content/sources/<source>/`. */
export const SectionSchema = (reference: Reference) =>
	z.strictObject({
		/** The page title: the source's own heading, or a descriptive one where the source has none. */
		title: z.string().min(1),
		/** The source document this section belongs to. */
		source: reference('sources'),
		/** Position in the source, from 1. */
		order: z.number().int().positive(),
		/** The heading as printed in the source; omit where the source gives none. */
		heading: z.string().min(1).optional(),
		/** One or two sentences on what the section says, in the project's own words. */
		summary: z.string().min(1).max(SUMMARY_MAX, `summary is over ${SUMMARY_MAX} characters: shorten it`),
		/** Organizations the section discusses. */
		organizations: z.array(reference('organizations')).default([]),
		/** Events the section discusses. */
		events: z.array(reference('events')).default([]),
	});
