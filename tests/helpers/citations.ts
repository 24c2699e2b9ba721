/**
 * Holds a page's "Cite this page" to the CSL engine: the item is read back from the page's own
 * RIS record, formatted by citeproc in each style the page shows, and compared with what the page
 * shows and with what the template (src/lib/cite/page-template.ts) gives.
 */
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { CITATION_STYLES, formatReference } from '../../src/lib/cite/cite-format';
import type { CslItem } from '../../src/lib/cite/csl';
import { templatedReference } from '../../src/lib/cite/page-template';

/** The page's item, as its RIS record states it. */
function itemFromRis(ris: string): CslItem {
	const tags = new Map(ris.split('\n').map((line) => [line.slice(0, 2), line.slice(6)] as const));
	const date = tags.get('DA')?.split('/').filter(Boolean).map(Number);
	return {
		id: tags.get('ID')!,
		type: 'webpage',
		'citation-key': tags.get('ID')!,
		title: tags.get('TI')!,
		'container-title': tags.get('PB')!,
		...(date ? { issued: { 'date-parts': [date] } } : {}),
		URL: tags.get('UR')!,
		language: tags.get('LA')!,
	};
}

export interface CitationCheck {
	/** Styles shown whose reference came from a template. */
	templated: number;
	styles: number;
	/** "style: what the page or the template shows ≠ what citeproc writes". */
	mismatches: string[];
}

/** Each style of a page's cite block, as the page shows it, from the template and from citeproc. */
export function checkPageCitation(block: Element, termOf: (style: string) => string): CitationCheck {
	const pres = selectAll('pre', block);
	const item = itemFromRis(toString(pres.at(-1)!));
	const terms = selectAll('dt', block).map((dt) => toString(dt));
	const check: CitationCheck = { templated: 0, styles: 0, mismatches: [] };
	for (const { id } of CITATION_STYLES) {
		const at = terms.indexOf(termOf(id));
		if (at < 0) continue;
		check.styles++;
		const dd = selectAll('dd', block)[at]!;
		// The English styles are wrapped in a lang="en" block on other editions' pages.
		const shown = toHtml((select(':scope > div[lang]', dd) ?? dd).children);
		const engine = formatReference(item, id);
		const templated = templatedReference(item, id);
		if (templated !== undefined) check.templated++;
		if (shown !== engine) check.mismatches.push(`${id}: page shows ${shown}, citeproc writes ${engine}`);
		if (templated !== undefined && templated !== engine)
			check.mismatches.push(`${id}: template gives ${templated}, citeproc writes ${engine}`);
	}
	return check;
}
