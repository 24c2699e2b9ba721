import { z } from 'astro/zod';
import { TitleSchema, type Reference } from './common';

/** Longest summary the cards, timelines and lists show comfortably; longer ones get a warning. */
export const SUMMARY_MAX = 280;
/** Beyond this a "summary" is a second body: an error. */
const SUMMARY_HARD_MAX = 500;
/** A one- or two-sentence summary; over SUMMARY_MAX the content check warns. */
export const SummarySchema = z
	.string()
	.min(1)
	.max(
		SUMMARY_HARD_MAX,
		`summary is over ${SUMMARY_HARD_MAX} characters: a summary is one or two sentences; move the rest into the page's text`,
	);

/**
 * One page per section of a source document, at `content/sources/<source>/<page>.mdx`; its id,
 * `<source>/<page>`, names its source. Its place in the source is its place in the source's
 * `sections` list (seeds/), and what it discusses comes from the organizations and events whose
 * `sources` point to it: none of these is typed here a second time.
 */
export const SectionSchema = (_reference: Reference) =>
	z.strictObject({
		/** The page title: the source's own heading, or a descriptive one where the source has none. */
		title: TitleSchema,
		/** The heading as printed in the source; omit where the source gives none. */
		heading: z.string().min(1).optional(),
		/** One or two sentences on what the section says, in the project's own words. */
		summary: SummarySchema,
	});

/** An section's fields as the site reads them, after parsing: the one shape code that takes entries is typed by. */
export type SectionData = z.output<ReturnType<typeof SectionSchema>>;
