/**
 * A note about a membership must name one the organization's list holds: the cell it is marked
 * in exists only then. Checked across files, since the note and the organization are two entries.
 */
import { lineOf, type Entry } from './entries';
import type { Problem } from './problems';

export function checkNoteMemberships(entries: Entry[]): Problem[] {
	const stated = new Map(
		entries
			.filter((e) => e.collection === 'organizations')
			.map((o) => [o.id, new Set(((o.data['memberships'] as { country?: string }[] | undefined) ?? []).map((m) => m.country))]),
	);
	const problems: Problem[] = [];
	for (const note of entries.filter((e) => e.collection === 'notes')) {
		const list = (note.data['memberships'] as { organization?: string; country?: string }[] | undefined) ?? [];
		list.forEach((m, i) => {
			const countries = m.organization ? stated.get(m.organization) : undefined;
			// An unknown organization is reported by the reference check already.
			if (!countries || !m.country || countries.has(m.country)) return;
			problems.push({
				severity: 'error',
				file: note.file,
				line: lineOf(note, ['memberships', i, 'country']),
				field: `memberships.${i}.country`,
				message: `the organization "${m.organization}" lists no membership of "${m.country}"`,
				fix: `name a state from the memberships of content/organizations/${m.organization}.md, or add the membership there`,
			});
		});
	}
	return problems;
}

/**
 * A membership date that an event of the site already records (a state's withdrawal, filed as a
 * membership change of that organization and state) is typed once, on the event: the membership
 * names the event (`endedBy`, `startedBy`) instead of repeating its date.
 */
export function checkMembershipEvents(entries: Entry[]): Problem[] {
	const changes = entries
		.filter((e) => e.collection === 'events' && e.data['kind'] === 'membership-change')
		.map((e) => ({
			id: e.id,
			date: String(e.data['date']),
			organizations: (e.data['organizations'] as string[] | undefined) ?? [],
			countries: (e.data['countries'] as string[] | undefined) ?? [],
		}));
	const problems: Problem[] = [];
	for (const org of entries.filter((e) => e.collection === 'organizations')) {
		const list = (org.data['memberships'] as Record<string, unknown>[] | undefined) ?? [];
		list.forEach((m, i) => {
			for (const [field, link] of [
				['from', 'startedBy'],
				['to', 'endedBy'],
			] as const) {
				if (m[field] === undefined) continue;
				const event = changes.find(
					(c) => c.date === String(m[field]) && c.organizations.includes(org.id) && c.countries.includes(String(m['country'])),
				);
				if (!event) continue;
				problems.push({
					severity: 'error',
					file: org.file,
					line: lineOf(org, ['memberships', i, field]),
					field: `memberships.${i}.${field}`,
					message: `this date is the date of the event ${event.id}, which records the change: it would be typed twice`,
					fix: `replace \`${field}: "${String(m[field])}"\` with \`${link}: ${event.id}\`; the date is then read from the event`,
				});
			}
		});
	}
	return problems;
}
