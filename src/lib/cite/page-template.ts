/**
 * A page's reference in a style, from a template rather than from the CSL engine. The pages of an
 * edition differ, as citable items, only in title and address (and the day they last changed), so
 * each style is formatted by the engine once per kind of page, with stand-in values, and each
 * page's own values are put in their place. The engine's output is the rule: a page whose title or
 * address the engine might treat in a way the template cannot follow (quotes it would turn,
 * punctuation it would merge, markup it would read), or a style whose stand-ins do not come back
 * intact, is left to the engine (`undefined`). Tests compare both ways on every page of the site
 * and on a sample of the 1,000-entry gate.
 */
import citeproc from 'citeproc';
import { plugins } from '@citation-js/core';
import type { Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { formatReference, styleOf, type CitationStyle } from './cite-format';
import type { CslItem } from './csl';

/** The fields of a page's item (src/lib/cite/csl.ts `pageItem`); an item with any other is not a page. */
const PAGE_FIELDS = new Set(['id', 'type', 'citation-key', 'title', 'container-title', 'issued', 'URL', 'language']);

/**
 * Titles the template can carry: letters, digits and spaces with inner punctuation that the engine
 * passes through, and apostrophes within words. Quotation marks (which it turns), full stops (which a style may strip or merge
 * with its own), closing punctuation, markup characters and runs of spaces are the engine's to format.
 */
const PLAIN_TITLE = /^[\p{L}\p{N}](?:(?:[\p{L}\p{N}\p{M} ,;:\-–—()/&·№§%+，、：（）]|(?<=\p{L})['’](?=\p{L}))*[\p{L}\p{N})）])?$/u;
/** An apostrophe within a word, which the engine writes as a typographic one in every style. */
const APOSTROPHE = /(?<=\p{L})'(?=\p{L})/gu;
/** Addresses the template can carry: no spaces, quotes or markup characters. */
const PLAIN_URL = /^https?:\/\/[\w\-.~:/?#[\]@!$&()*+,;=%]+$/;

/** Stand-ins: two lower-case words, so the engine shows whether it capitalises them. */
const STAND_IN = { romanesque: 'zqxa zqxb', other: '甲乙丙丁戊己' } as const;
const STAND_IN_URL = 'https://zqx.invalid/zqx';

interface Template {
	/** The engine's HTML cut at each stand-in: text, stand-in, text, …, text. */
	parts: string[];
	/** The style capitalises each word of an English title (the engine's own function does it here). */
	titleCase: boolean;
}

/** By kind of page and style: the template, or null where the style keeps the engine. */
const templates = new Map<string, Template | null>();

/**
 * Latin, Cyrillic, Greek and other cased or alphabetic scripts, by the engine's own test: it drops
 * italics from a title without them (a Chinese title in APA), so the two kinds get their own stand-in.
 */
const isRomanesque = (title: string) => (citeproc as unknown as { ROMANESQUE_REGEXP: RegExp }).ROMANESQUE_REGEXP.test(title);

/** Whether an item is a page whose title and address a template can carry. */
function templatable(item: CslItem): boolean {
	return (
		item.type === 'webpage' &&
		Object.keys(item).every((field) => PAGE_FIELDS.has(field)) &&
		PLAIN_TITLE.test(item.title) &&
		!/ {2}/.test(item.title) &&
		item.URL !== undefined &&
		PLAIN_URL.test(item.URL)
	);
}

/** The engine's text-case function for titles, with its state for a style and language. */
const titleCasers = new Map<string, (title: string) => string>();
function titleCaser(style: CitationStyle): (title: string) => string {
	const { template, lang } = styleOf(style);
	let caser = titleCasers.get(style);
	if (!caser) {
		const csl = plugins.config.get('@csl');
		const engine = new (citeproc as unknown as CiteprocConstructor).Engine(
			{ retrieveLocale: (l: string) => csl.locales.get(l) ?? csl.locales.get(l.replace('-', '_')) ?? {}, retrieveItem: () => ({}) },
			csl.templates.get(template),
			lang,
			true,
		);
		const formatters = (citeproc as unknown as CiteprocConstructor).Output.Formatters;
		caser = (title) => formatters.title(engine, title);
		titleCasers.set(style, caser);
	}
	return caser;
}
interface CiteprocConstructor {
	Engine: new (sys: object, style: unknown, lang: string, forceLang: boolean) => object;
	Output: { Formatters: { title(state: object, text: string): string } };
}

/** How many times a string occurs in the tree's text, and how many links' addresses hold it. */
function occurrences(tree: Root, value: string): { texts: number; hrefs: number } {
	let texts = 0;
	let hrefs = 0;
	const walk = (node: Root | RootContent) => {
		if (node.type === 'text') texts += node.value.split(value).length - 1;
		if (node.type === 'element' && String(node.properties['href'] ?? '').includes(value)) hrefs++;
		if (node.type === 'element' || node.type === 'root') node.children.forEach(walk);
	};
	walk(tree);
	return { texts, hrefs };
}

/** The engine's output for a stand-in page, kept if each stand-in comes back once, untouched. */
function makeTemplate(item: CslItem, style: CitationStyle, kind: keyof typeof STAND_IN): Template | null {
	const standIn = STAND_IN[kind];
	const html = formatReference({ ...item, title: standIn, URL: STAND_IN_URL }, style);
	const tree = fromHtml(html, { fragment: true });
	const cased = kind === 'romanesque' ? titleCaser(style)(standIn) : standIn;
	const titleCase = cased !== standIn && occurrences(tree, cased).texts === 1;
	const slot = titleCase ? cased : standIn;
	const url = occurrences(tree, STAND_IN_URL);
	if (occurrences(tree, slot).texts !== 1 || url.hrefs !== 1 || url.texts !== 1) return null;
	// No other copy of either, in any case or form (the title repeated as a short title, say).
	const copies = (part: string) => html.toLowerCase().split(part).length - 1;
	if (copies(standIn.slice(0, 4)) !== 1 || copies('zqx.invalid') !== 2) return null;
	// `html` is serialized from a tree already (cite-format.ts), so cutting its text at the
	// stand-ins and joining it with the page's escaped values gives what serializing the filled tree would.
	const parts = html.split(new RegExp(`(${[slot, STAND_IN_URL].map(escapeRegExp).join('|')})`));
	return { parts: parts.map((part) => (part === slot ? TITLE_SLOT : part === STAND_IN_URL ? URL_SLOT : part)), titleCase };
}
const TITLE_SLOT = '\u0000title';
const URL_SLOT = '\u0000url';
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** A value as the serializer writes it in text, and in an attribute: the addresses carried have no quote marks. */
const escaped = (value: string) => toHtml({ type: 'text', value });

/**
 * A page's reference in a style, as HTML, the same as `formatReference` gives; undefined where the
 * page or the style is left to the engine.
 */
export function templatedReference(item: CslItem, style: CitationStyle): string | undefined {
	if (!templatable(item)) return undefined;
	const kind = isRomanesque(item.title) ? 'romanesque' : 'other';
	// The engine would case a title of a cased script it does not count as romanesque (Armenian).
	if (kind === 'other' && item.title.toLowerCase() !== item.title.toUpperCase()) return undefined;
	const key = JSON.stringify([style, kind, item['container-title'], item.issued, item.language]);
	let template = templates.get(key);
	if (template === undefined) {
		template = makeTemplate(item, style, kind);
		templates.set(key, template);
	}
	if (!template) return undefined;
	// The engine cases the title as written, then sets its apostrophes.
	const title = (template.titleCase ? titleCaser(style)(item.title) : item.title).replace(APOSTROPHE, '’');
	const [text, url] = [escaped(title), escaped(item.URL!)];
	return template.parts.map((part) => (part === TITLE_SLOT ? text : part === URL_SLOT ? url : part)).join('');
}
