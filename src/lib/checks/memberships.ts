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
