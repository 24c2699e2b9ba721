/**
 * The bibliography: its order (and so each entry's page), every work as CSL-JSON, and each work's
 * reference in the house style. The same in every edition (the house style is an English one),
 * so it is made once per build, from the English entries.
 */
import { bibliographyOrder, bibliographyPages, workLabels } from '../lib/model/bibliography';
import { referenceWork, sourceWork } from '../lib/model/works';
import { referenceItem, sourceItem, type CslItem } from '../lib/cite/csl';
import { formatReferences } from '../lib/cite/cite-format';
import { absoluteUrl } from '../lib/routing/urls';
import { SETTINGS } from '../lib/model/settings';
import type { Entries } from './entries';

export function works({ sources, references, sourceById }: Pick<Entries, 'sources' | 'references' | 'sourceById'>) {
	const referenceById = new Map(references.map((r) => [r.id, r]));
	const bibliography = bibliographyOrder(
		sources.map((s) => ({ id: s.id, published: s.data.published })),
		references.map((r) => ({ id: r.id, listed: r.data.listed && { source: r.data.listed.source.id, number: r.data.listed.number } })),
	).map((placed) => ({ ...placed, source: sourceById.get(placed.id), reference: referenceById.get(placed.id) }));
	const placed = new Map(bibliography.map((b) => [b.id, b]));
	// Every work of the bibliography as CSL-JSON, in its order: the exports' data and the formatter's.
	const cslItems: CslItem[] = bibliography.map((b) =>
		b.source
			? sourceItem(b.id, b.source.data, absoluteUrl(SETTINGS.site, { to: 'source', id: b.id }))
			: referenceItem({ ...b.reference!.data, id: b.id }),
	);
	return {
		bibliography,
		bibliographyPage: bibliographyPages(bibliography),
		cslItems,
		cslById: new Map(cslItems.map((item) => [item.id, item])),
		/** Each work's full reference in the house style, as HTML, by key. */
		referenceHtml: formatReferences(cslItems),
		/** How a page names a work it cites outside its Markdown: label and bibliography page, by key. */
		workLabels: workLabels(bibliography, (id) => {
			const { source, reference } = placed.get(id)!;
			return source ? sourceWork(source.data) : referenceWork(reference!.data);
		}),
	};
}
