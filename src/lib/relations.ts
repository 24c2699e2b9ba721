import { citedKeys } from './citations';

/** A page that can link to, or be linked from, another: enough to print a link. */
export interface PageRef {
	kind: 'section' | 'organization' | 'event' | 'source';
	id: string;
	title: string;
}

/**
 * Inverts "A names B" into "B is named by A" for any number of relations, keeping the order of
 * the `from` list so that backlinks print in a stable order.
 */
export function invert<T>(from: T[], targets: (item: T) => string[]): Map<string, T[]> {
	const out = new Map<string, T[]>();
	for (const item of from) {
		for (const target of new Set(targets(item))) {
			const list = out.get(target);
			if (list) list.push(item);
			else out.set(target, [item]);
		}
	}
	return out;
}

/** Which pages cite which bibliography keys, from the Markdown bodies of those pages. */
export function citationIndex(pages: { page: PageRef; body: string }[]): Map<string, PageRef[]> {
	return new Map([...invert(pages, (p) => citedKeys(p.body))].map(([key, list]) => [key, list.map((p) => p.page)]));
}

/**
 * Checks that a source's list of sections and the sections' own `order` fields tell the same
 * story, and returns the sections in order. A mismatch is a maintainer's error worth a clear stop.
 */
export function orderSections<S extends { id: string; order: number }>(sourceId: string, listed: string[], sections: S[]): S[] {
	const byId = new Map(sections.map((s) => [s.id, s]));
	const problems: string[] = [];
	for (const s of sections) {
		if (!listed.includes(s.id)) problems.push(`section "${s.id}" is missing from the sections list in seeds/${sourceId}.yml`);
	}
	const ordered = listed.map((id) => byId.get(id)).filter((s): s is S => s !== undefined);
	ordered.forEach((s, i) => {
		const before = ordered[i - 1];
		if (before && before.order >= s.order) {
			problems.push(`"${s.id}" has order ${s.order} but comes after "${before.id}" (order ${before.order}) in seeds/${sourceId}.yml`);
		}
	});
	if (problems.length > 0) throw new Error(`Sections of ${sourceId} disagree:\n- ${problems.join('\n- ')}`);
	return ordered;
}
