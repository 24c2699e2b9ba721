import { z } from 'astro/zod';
import { AssessmentSchema } from './assessment';
import { SummarySchema } from './section';
import { NameSchema, CountryCodeSchema, PartialDateSchema, SourcePointerSchema, checkDates, type Reference } from './common';

export const organizationKinds = [
	'intergovernmental-organization',
	'regional-anti-terrorism-body',
	'organ',
	'un-body',
	'national-agency',
	'police-cooperation',
	'forum',
	'de-facto-authority',
	'armed-group',
] as const;

export const membershipStatuses = ['member', 'observer', 'dialogue-partner', 'associate', 'former-member'] as const;

const Membership = (reference: Reference) =>
	z
		.strictObject({
			/** The state, by ISO 3166-1 alpha-2 code. */
			country: CountryCodeSchema,
			/** Its standing in the organization. */
			status: z.enum(membershipStatuses),
			/** When that standing began, if a source says and no event of the site records it (then `startedBy`). */
			from: PartialDateSchema.optional(),
			/** When it ended, if it has and no event of the site records it (then `endedBy`). */
			to: PartialDateSchema.optional(),
			/** The event (content/events/) that began it: its date is the start, typed there once. */
			startedBy: reference('events').optional(),
			/** The event (content/events/) that ended it, such as a state's withdrawal: its date is the end, typed there once. */
			endedBy: reference('events').optional(),
			/** Where a source states it. */
			source: SourcePointerSchema(reference),
		})
		.superRefine((m, ctx) => {
			checkDates({ date: m.from, endDate: m.to }, ctx, { start: 'from', end: 'to' });
			for (const [date, event] of [
				['from', 'startedBy'],
				['to', 'endedBy'],
			] as const) {
				if (m[date] && m[event])
					ctx.addIssue({
						code: 'custom',
						path: [date],
						message: `give either ${date} or ${event}, not both: the event's date is the ${date === 'from' ? 'start' : 'end'}`,
						params: { fix: `remove \`${date}\`; the date is typed once, on the event` },
					});
			}
		});

/** An organization, body, agency or group that a source names, under `content/organizations/`. */
export const OrganizationSchema = (reference: Reference) =>
	z.strictObject({
		/** Full name in English. */
		name: NameSchema,
		/** Abbreviation readers know it by, such as "RATS". */
		shortName: z.string().min(1).optional(),
		/** Other names and spellings the sources use; search finds the page by each. */
		aliases: z.array(z.string().min(1)).default([]),
		/** What kind of body it is. */
		kind: z.enum(organizationKinds),
		/** The organization it belongs to, if any. */
		parent: reference('organizations').optional(),
		/** When it was founded, if a source says. */
		founded: PartialDateSchema.optional(),
		/** Seat of its headquarters, if a source says. */
		headquarters: z
			.strictObject({
				/** City name. */
				city: z.string().min(1),
				/** Country code, where a source names the country. */
				country: CountryCodeSchema.optional(),
			})
			.optional(),
		/** States' memberships as the sources describe them. */
		memberships: z.array(Membership(reference)).default([]),
		/** What the sources say about it, aspect by aspect: the cells of its column on a comparison page. */
		assessments: z.array(AssessmentSchema(reference)).default([]),
		/** One sentence on what it is, for cards and search results. */
		summary: SummarySchema,
		/** Where the sources name it. */
		sources: z.array(SourcePointerSchema(reference)).min(1, 'give at least one source pointer'),
	});

/** An organization's fields as the site reads them, after parsing: the one shape code that takes entries is typed by. */
export type OrganizationData = z.output<ReturnType<typeof OrganizationSchema>>;
