import { orderOfRawEntries, workLabels } from '../lib/model/bibliography';
import { isCslDate } from '../lib/cite/csl';
import { referenceWork, sourceWork, type Name } from '../lib/model/works';
import type { CitationTarget } from '../markdown/citations';
import { currentPaths, modified, readContent } from './content-files';

let cache: { stamp: string; targets: Map<string, CitationTarget> } | undefined;

/**
 * Every citable key with its label and bibliography page, for the citation plugin: the
 * bibliography and the sources. Read again whenever one of those files changes, so the dev server
 * cites a new work at once. The content check has already reported any malformed entry.
 */
export function citationTargets(root: string): Map<string, CitationTarget> {
	const files = currentPaths(root, ['references', 'sources']).map((f) => f.file);
	const stamp = `${files.join('|')}@${modified(root, files)}`;
	if (cache?.stamp === stamp) return cache.targets;
	const { entries } = readContent(root, ['references', 'sources']);
	const byId = new Map(entries.map((e) => [e.id, e]));
	const targets = workLabels(orderOfRawEntries(entries), (id) => {
		const { collection, data } = byId.get(id)!;
		if (collection === 'references') {
			return referenceWork({
				author: (data['author'] as Name[] | undefined) ?? [],
				// The check reports a malformed date; the label then goes without a year.
				issued: isCslDate(data['issued']) ? data['issued'] : undefined,
				title: String(data['title'] ?? id),
			});
		}
		const authors = (data['authors'] as { name: string; family?: string }[] | undefined) ?? [];
		const year = Number(String(data['published'] ?? '').slice(0, 4));
		return sourceWork({ authors, published: { year, precision: 'year' }, title: String(data['title'] ?? id) });
	});
	cache = { stamp, targets };
	return targets;
}
