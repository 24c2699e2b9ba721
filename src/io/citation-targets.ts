import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Name } from '../lib/works';
import { shortLabel, sourceWork } from '../lib/works';
import type { CitationTarget } from '../markdown/remark-citations';
import { contentPaths, readContent } from './content-files';

let cache: { stamp: string; targets: Map<string, CitationTarget> } | undefined;

/**
 * Every citable key with its label, for the citation plugin: the bibliography and the sources.
 * Read again whenever one of those files changes, so the dev server cites a new work at once.
 * The content check has already reported any malformed entry; this reads only ids and labels.
 */
export function citationTargets(root: string): Map<string, CitationTarget> {
	const files = contentPaths(root, ['references', 'sources']).map((f) => f.file);
	const stamp = files.map((f) => `${f}@${statSync(join(root, f)).mtimeMs}`).join('|');
	if (cache?.stamp === stamp) return cache.targets;
	const targets = new Map<string, CitationTarget>();
	for (const { collection, id, data } of readContent(root, ['references', 'sources']).entries) {
		if (collection === 'references') {
			const issued = data['issued'];
			targets.set(id, {
				label: shortLabel({
					author: (data['author'] as Name[] | undefined) ?? [],
					issued: typeof issued === 'number' ? issued : undefined,
					title: String(data['title'] ?? id),
				}),
			});
		} else {
			const published = Number(String(data['published'] ?? '').slice(0, 4));
			const authors = (data['authors'] as { name: string; family?: string }[] | undefined) ?? [];
			targets.set(id, {
				label: shortLabel(sourceWork({ authors, published: { year: published, precision: 'year' }, title: String(data['title'] ?? id) })),
			});
		}
	}
	cache = { stamp, targets };
	return targets;
}
