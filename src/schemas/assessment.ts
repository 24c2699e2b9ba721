import { z } from 'astro/zod';
import { SourcePointerSchema, type Reference } from './common';

/**
 * The aspects on which a source can describe an organization. Their order is the order of the
 * rows of every comparison page: first the facts a reader looks up (when, where, why), then the
 * points Li's comparative analysis takes in turn, then what Li and Saenko say of the bodies' work
 * and outlook.
 */
export const aspects = [
	'founding',
	'headquarters',
	'purpose',
	'legal-basis',
	'leading-countries',
	'priorities',
	'membership-trend',
	'development-potential',
	'international-partners',
	'cooperation-with-members',
	'specialized-forces',
	'exercises',
	'training',
	'shortcomings',
	'contribution',
	'planned-changes',
] as const;

export type Aspect = (typeof aspects)[number];

/**
 * What one source says about an organization on one aspect, in the site's own words. An aspect
 * may carry several assessments: one per source, or two from one source that disagree.
 */
export const AssessmentSchema = (reference: Reference) =>
	z.strictObject({
		/** The aspect it concerns: one row of the comparison (see `aspects` above for the list and its order). */
		aspect: z.enum(aspects),
		/** What the source says, in one or two short sentences of the site's own words, naming the source's author. */
		statement: z.string().min(1).max(400, 'a statement is one or two short sentences: leave the detail to the section page'),
		/** Where the source says it: a section, with a `locator` such as the heading or point it stands under. */
		source: SourcePointerSchema(reference).refine((p) => p.locator, {
			message: 'the pointer has no locator: a comparison cell says where in the section its statement stands',
			path: ['locator'],
			params: {
				fix: 'add `locator: "<heading or point>"` to the pointer, e.g. { section: li-2025/comparative-analysis, locator: "different potential" }',
			},
		}),
		/**
		 * Other organizations the statement describes just as well ("RATS and the ATC alike"): it is
		 * written once, here, and shown in their columns too. Never type the same statement twice.
		 */
		sharedWith: z.array(reference('organizations')).default([]),
		/** Every editor's note that concerns the statement (`content/notes/<id>.md`), each shown in the cell. */
		notes: z.array(reference('notes')).default([]),
	});
