import { join } from 'node:path';
import { readContent } from '../../src/io/content-files';
import type { Entry } from '../../src/lib/checks/entries';

export const ROOT = join(import.meta.dirname, '..', '..');

export interface Pointer {
	source?: string;
	section?: string;
}
export type ContentEntry = Entry & { data: Record<string, unknown> & { organizations?: string[]; sources?: Pointer[] } };

/** The content as the site's one reader reads it, grouped by collection. */
export function loadContent(root = ROOT) {
	const { entries } = readContent(root);
	const of = (collection: Entry['collection']) => entries.filter((e) => e.collection === collection) as ContentEntry[];
	const sources = of('sources');
	return {
		sourceIds: sources.map((s) => s.id),
		seeds: Object.fromEntries(sources.map((s) => [s.id, s.data])),
		sections: of('sections'),
		organizations: of('organizations'),
		events: of('events'),
		notes: of('notes'),
		documents: of('documents'),
		translations: of('translations'),
		references: of('references').map((r) => r.data as { id: string; listed?: { source: string; number: number } }),
	};
}
