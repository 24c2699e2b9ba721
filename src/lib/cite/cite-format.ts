/**
 * The one formatter of references: CSL-JSON items through citation-js and its CSL engine
 * (citeproc-js), at build time. Chicago author-date is the house style of the bibliography and
 * of full references; APA and MLA are offered beside it for citing a page, with GOST R 7.0.5-2008
 * in the Russian edition and GB/T 7714-2015 in the Chinese one, and BibTeX and RIS for
 * reference managers.
 */
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import citeproc, { type CslNode } from 'citeproc';
import chicago from 'style-chicago';
import mla from 'style-mla';
// The CSL project's files as Debian packages them (vendor/csl/README.md).
import gbt from '../../../vendor/csl/china-national-standard-gb-t-7714-2015-author-date.csl?raw';
import gost from '../../../vendor/csl/gost-r-7-0-5-2008.csl?raw';
import localeRu from '../../../vendor/csl/locales-ru-RU.xml?raw';
import localeZh from '../../../vendor/csl/locales-zh-CN.xml?raw';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { protectOpeningAcronyms, settleEntry, writeBib, type BibEntry } from './bibtex';
import type { CslItem } from './csl';
import { escapeXml } from '../publish/xml';
import type { Locale } from '../i18n/locales';

const templates = plugins.config.get('@csl').templates;
// The style packages hold the CSL project's styles in citeproc-js's parsed form.
if (!templates.has('chicago-author-date')) templates.add('chicago-author-date', chicago);
if (!templates.has('mla-7')) templates.add('mla-7', mla);
if (!templates.has('gost-r-7-0-5-2008')) templates.add('gost-r-7-0-5-2008', gost);
if (!templates.has('gb-t-7714-2015-author-date')) templates.add('gb-t-7714-2015-author-date', gbt);
const locales = plugins.config.get('@csl').locales;
if (!locales.has('ru-RU')) locales.add('ru-RU', localeRu);
if (!locales.has('zh-CN')) locales.add('zh-CN', localeZh);
// BibTeX allows hyphens in keys; citation-js would otherwise replace the site's keys with its own.
plugins.config.get('@bibtex').format.checkLabel = false;
// Titles in Russian and Chinese have no LaTeX escape: the file is UTF-8, as biber and pandoc read it.
plugins.config.get('@bibtex').format.asciiOnly = false;

/**
 * The styles offered, each with the CSL locale it writes in. An edition offers its readers'
 * national standard first, then the English styles, which keep their English words ("n.d.").
 */
export const CITATION_STYLES = [
	{ id: 'gost', template: 'gost-r-7-0-5-2008', lang: 'ru-RU', edition: 'ru' },
	{ id: 'gbt', template: 'gb-t-7714-2015-author-date', lang: 'zh-CN', edition: 'zh' },
	{ id: 'chicago', template: 'chicago-author-date', lang: 'en-US', edition: undefined },
	{ id: 'apa', template: 'apa', lang: 'en-US', edition: undefined },
	{ id: 'mla', template: 'mla-7', lang: 'en-US', edition: undefined },
] as const satisfies readonly { id: string; template: string; lang: string; edition: Locale | undefined }[];
export type CitationStyle = (typeof CITATION_STYLES)[number]['id'];

/** The styles a page of an edition offers, in the order a reader sees them. */
export function stylesFor(locale: Locale): CitationStyle[] {
	return CITATION_STYLES.filter((s) => s.edition === undefined || s.edition === locale).map((s) => s.id);
}

/** Whether a style writes in English whatever the page's language. */
export const isEnglishStyle = (style: CitationStyle) => styleOf(style).lang === 'en-US';

const HOUSE_STYLE: CitationStyle = 'chicago';

/** A style's entry in CITATION_STYLES. */
export const styleOf = (style: CitationStyle) => CITATION_STYLES.find((s) => s.id === style)!;
const template = (style: CitationStyle): string => styleOf(style).template;

/**
 * A style as it applies to one item alone, for the citation of a page or a work: without the
 * bibliography's sort keys and without disambiguation, which only order and tell apart several
 * items. The engine computes both for every item it is given, and for a single item they were
 * half its time: with every page of the site citable, 45 s of a 10,000-entry build
 * (docs/performance.md). The output is the same; the unit tests compare the two.
 *
 * A numeric style's number goes too: it numbers a list, and a reference alone has none.
 *
 * The engine also renders each item's in-text citation as it takes the item in, to compare it
 * with the others' (a fifth of its time for a page's reference). A reference alone shows no
 * in-text citation, so the citation's layout is reduced to the item's title.
 */
export function oneItemStyle(style: CslNode): CslNode {
	if (style.name === 'citation') return BARE_CITATION;
	const attrs = Object.fromEntries(
		Object.entries(style.attrs).filter(
			([name]) => !((style.name === 'citation' || style.name === 'bibliography') && DISAMBIGUATION.test(name)),
		),
	);
	const children = style.children
		.filter((child) => !(style.name === 'bibliography' && typeof child !== 'string' && child.name === 'sort'))
		// A numeric style numbers a list; one reference alone has no number ("1. Li Z. …").
		.filter((child) => !(typeof child !== 'string' && child.name === 'text' && child.attrs['variable'] === 'citation-number'))
		.map((child) => (typeof child === 'string' ? child : oneItemStyle(child)));
	return { ...style, attrs, children };
}
const DISAMBIGUATION = /^(disambiguate-|givenname-disambiguation-rule$)/;
const BARE_CITATION: CslNode = {
	name: 'citation',
	attrs: {},
	children: [{ name: 'layout', attrs: {}, children: [{ name: 'text', attrs: { variable: 'title' }, children: [] }] }],
};

/** The template name of a style's one-item form, registered with the engine's styles on first use. */
function oneItemTemplate(style: CitationStyle): string {
	const name = `${template(style)}/one-item`;
	if (!templates.has(name)) {
		const source = templates.get(template(style));
		templates.add(name, oneItemStyle(typeof source === 'string' ? citeproc.parseXml(source) : (source as CslNode)));
	}
	return name;
}

/**
 * MLA's 7th edition leaves the address out unless a reader needs it to find the work, and a web
 * page is found only by it: the style's own form, in angle brackets after the entry, is added.
 */
function affixes(style: CitationStyle, format: 'html' | 'text') {
	if (style !== 'mla') return {};
	return {
		append: (item: CslItem) => {
			if (!item.URL) return '';
			return format === 'html' ? ` &lt;<a href="${escapeXml(item.URL)}">${escapeXml(item.URL)}</a>&gt;.` : ` <${item.URL}>.`;
		},
	};
}

/**
 * Each item's reference in a style, as HTML (one <div class="csl-entry"> each, its addresses
 * links), in the order given rather than the style's sort.
 */
export function formatReferences(items: CslItem[], style: CitationStyle = HOUSE_STYLE): Map<string, string> {
	if (items.length === 0) return new Map();
	const entries = plugins.output.format('bibliography', items, {
		template: items.length === 1 ? oneItemTemplate(style) : template(style),
		format: 'html',
		lang: styleOf(style).lang,
		asEntryArray: true,
		nosort: true,
		hyperlinks: true,
		...affixes(style, 'html'),
	}) as [string, string][];
	return new Map(entries.map(([id, html]) => [id, withSafeLinks(html)]));
}

/**
 * The engine's links lead off the site: like every outside link, they hand over neither the page
 * nor the referrer. Its entry ids duplicate what the page already says, so they go.
 */
function withSafeLinks(html: string): string {
	const tree = fromHtml(html.trim(), { fragment: true });
	visit(tree, 'element', (node) => {
		if (node.tagName === 'a') node.properties['rel'] = ['noopener', 'noreferrer'];
		delete node.properties['dataCslEntryId'];
		// Where a style's first element gives nothing (a list number left out), its space remains.
		const first = node.children[0];
		if (node.properties['className']?.toString() === 'csl-entry' && first?.type === 'text') first.value = first.value.trimStart();
	});
	return toHtml(tree);
}

/** One item's reference in a style, as HTML. */
export function formatReference(item: CslItem, style: CitationStyle = HOUSE_STYLE): string {
	return formatReferences([item], style).get(item.id)!;
}

/** One item's reference as plain text, for copying and for link text. */
export function formatReferenceText(item: CslItem, style: CitationStyle = HOUSE_STYLE): string {
	const text = plugins.output.format('bibliography', [item], {
		template: oneItemTemplate(style),
		format: 'text',
		lang: styleOf(style).lang,
		...affixes(style, 'text'),
	});
	return String(text).trim();
}

/** BibTeX entries in biblatex's form (src/lib/cite/bibtex.ts), keyed by each item's citation key. */
export function toBibtex(items: CslItem[]): string {
	const marked = items.map((item) => ({ ...item, title: protectOpeningAcronyms(item.title) }));
	const entries = plugins.output.format('biblatex', marked, { format: 'object' }) as BibEntry[];
	return writeBib(entries.map((entry, i) => settleEntry(entry, items[i]!)));
}

/** "Li, Ziman": RIS's form of a name. */
const risName = (n: NonNullable<CslItem['author']>[number]) =>
	'literal' in n ? n.literal : [n.family, n.given].filter(Boolean).join(', ');

/**
 * What citation-js 0.7 leaves out of a RIS record, added in RIS's own form:
 * - a newspaper article (NEWS) loses its authors and its date, which its writer gives for every
 *   other type;
 * - a web page (ELEC) loses its site, which readers of RIS (bibutils, citation-js) take from PB;
 * - a law read online is written LEGAL, a type bibutils does not know: it is a web page, as in
 *   the BibTeX (src/lib/cite/bibtex.ts).
 */
function withMissingFields(record: Record<string, unknown>, item: CslItem): Record<string, unknown> {
	if (record['TY'] === 'LEGAL' && item.URL) record = { ...record, TY: 'ELEC' };
	if (record['TY'] === 'ELEC' && item['container-title'] && !record['PB']) return { ...record, PB: item['container-title'] };
	if (record['TY'] !== 'NEWS') return record;
	const parts = item.issued?.['date-parts'][0];
	return {
		...(item.author?.length ? { AU: item.author.map(risName) } : {}),
		...(parts ? { DA: `${[parts[0], parts[1] ?? '', parts[2] ?? ''].join('/')}/` } : {}),
		...record,
	};
}

/**
 * RIS records, with each item's id as its ID. citation-js maps the fields; the records are
 * written here because its writer breaks values every 70 characters, addresses included, which
 * reference managers then read as two lines.
 */
export function toRis(items: CslItem[]): string {
	const records = plugins.output.format('ris', items, { format: 'object' }) as Record<string, unknown>[];
	return records
		.map((record, i) => withMissingFields(record, items[i]!))
		.map(({ TY, ...tags }) =>
			[
				`TY  - ${String(TY)}`,
				...Object.entries(tags).flatMap(([tag, value]) => [value].flat().map((v) => `${tag}  - ${String(v)}`)),
				'ER  - ',
			].join('\n'),
		)
		.join('\n\n');
}
