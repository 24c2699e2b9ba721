/**
 * Comparison pages and what feeds them: the pairs a source compares, each organization's
 * assessments (its own and those shared with it), and memberships dated from their events.
 */
import { assessmentsByOrganization, comparisonPairs, sectionsComparing, type ComparedPair } from '../lib/model/comparison';
import { withEventDates } from '../lib/model/membership-dates';
import { invert } from '../lib/model/relations';
import type { Translator } from '../lib/i18n';
import type { Route } from '../lib/routing/routes';
import type { Entries } from './entries';

export function comparisons({ sources, organizations, organizationById, eventById }: Entries) {
	// Every pair a source compares (its `compares` list), and the sections that assess both, which link to the page.
	const pairs = comparisonPairs(sources.map((s) => ({ id: s.id, compares: s.data.compares })));
	const assessed = assessmentsByOrganization(organizations.map((o) => ({ id: o.id, assessments: o.data.assessments })));
	return {
		comparisons: pairs,
		comparisonsBySection: invert(pairs, (pair) => sectionsComparing(pair, assessed)),
		comparisonsByOrganization: invert(pairs, (pair) => pair.ids),
		/** Each organization's assessments: its own, then those written on another that it shares (`sharedWith`). */
		assessmentsOf: new Map(assessed.map((o) => [o.id, o.assessments])),
		/** Each organization's memberships, dated from the events that began or ended them where they name one. */
		membershipsOf: new Map(
			organizations.map((o) => [o.id, o.data.memberships.map((m) => withEventDates(m, (id) => eventById.get(id)?.data.date))]),
		),
		/** A link to a comparison page, named by its two bodies, for profiles and section pages. */
		comparisonLink: (t: Translator) => (pair: ComparedPair) => {
			const [a, b] = pair.ids.map((id) => organizationById.get(id)!).map((o) => o.data.shortName ?? o.data.name) as [string, string];
			return { label: t('compare.link', { a, b }), route: { to: 'comparison', pair: pair.slug } satisfies Route };
		},
	};
}
