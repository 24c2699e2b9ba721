/**
 * The three editions as readers and search engines meet them: a Russian or Chinese page speaks
 * its language in every UI string, names its counterparts both ways, marks the English text it
 * shows, writes dates its own way, and exists only where its entry is translated.
 */
import { existsSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { SKIP, visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en';
import { EDITIONS, LOCALES, translator, type Locale } from '../../src/lib/i18n';
import type { Message } from '../../src/lib/i18n/messages';
import { splitEdition } from '../../src/lib/routing/editions';
import { pathNeeds } from '../../src/lib/routing/routes';
import { loadContent } from '../helpers/content';
import { builtPages, DIST, readPage } from '../helpers/site';

const pages = builtPages();
const tree = (page: string) => fromHtml(readPage(page));
const others = LOCALES.filter((l) => l !== 'en');

/** The text of a page in its own language: without elements marked as another language, code and scripts. */
export function ownText(root: Root | Element, lang: string): string {
	const parts: string[] = [];
	visit(root, (node) => {
		if (node.type === 'element') {
			const el = node as Element;
			if (['script', 'style', 'code', 'pre', 'svg', 'head'].includes(el.tagName)) return SKIP;
			const own = el.properties['lang'];
			if (typeof own === 'string' && own !== lang) return SKIP;
		}
		if (node.type === 'text') parts.push(node.value);
		return undefined;
	});
	return parts.join(' ');
}

/** The fixed wording of an English message, its placeholders cut out: the pieces a page could show verbatim. */
const pieces = (message: Message): string[] =>
	(typeof message === 'string' ? [message] : Object.values(message)).flatMap((m) => (m ?? '').split(/\{\w+\}/)).map((p) => p.trim());

describe('no English UI string on a Russian or Chinese page', () => {
	it('finds one where it is', () => {
		const doc = fromHtml('<html lang="ru"><body><p>Главная</p><p>Skip to content</p><p lang="en">Key facts</p></body></html>');
		expect(ownText(doc, 'ru')).toContain('Skip to content');
		expect(ownText(doc, 'ru')).not.toContain('Key facts');
	});

	it.each(others)('%s: every page', (locale) => {
		const t = translator(locale);
		// Each English message the edition translates differently, by its longer fixed pieces: short
		// ones ("Date", "Kind") could be a word of an English title marked lang="en" around it.
		const english = Object.entries(en)
			.filter(([key]) => JSON.stringify(t.raw(key as keyof typeof en)) !== JSON.stringify(en[key as keyof typeof en]))
			.flatMap(([key, message]) => pieces(message).map((piece) => [key, piece] as const))
			.filter(([, piece]) => piece.length >= 12 && /[a-z]{4}/.test(piece));
		const found: string[] = [];
		for (const page of pages.filter((p) => splitEdition(p).locale === locale)) {
			const text = ownText(tree(page), EDITIONS[locale].lang);
			for (const [key, piece] of english) if (text.includes(piece)) found.push(`${page}: ${key} "${piece}"`);
		}
		expect(found).toEqual([]);
	});
});

describe('hreflang', () => {
	const alternates = (page: string) =>
		new Map(
			selectAll('link[rel="alternate"][hreflang]', tree(page)).map((l) => [String(l.properties['hrefLang']), String(l.properties['href'])]),
		);
	const fileOf = (url: string) => {
		const path = new URL(url).pathname.slice(1);
		return path === '' || path.endsWith('/') ? `${path}index.html` : path;
	};

	it.each(pages.filter((p) => p !== '404.html'))('%s: its counterparts point back to it', (page) => {
		const mine = alternates(page);
		if (mine.size === 0) return;
		expect(mine.get('x-default'), 'x-default').toBe(mine.get('en'));
		const self = [...mine].find(([lang]) => lang !== 'x-default' && fileOf(mine.get(lang)!) === page);
		expect(self, 'the page is among its own alternates').toBeTruthy();
		for (const [lang, url] of mine) {
			if (lang === 'x-default') continue;
			const other = fileOf(url);
			expect(existsSync(join(DIST, other)), `${other} is not built`).toBe(true);
			expect([...alternates(other).values()].map(fileOf), `${other} does not point back`).toContain(page);
		}
	});

	it('the English home names all three', () => {
		expect([...alternates('index.html').keys()].sort()).toEqual(['en', 'ru', 'x-default', 'zh-CN']);
	});
});

describe('no fallback copies', () => {
	const content = loadContent();
	const translated = new Set(content.translations.map((t) => t.id.replace(/\.mdx?$/, '')));

	it.each(others)('%s: every entry page is a translated entry', (locale) => {
		const folder = EDITIONS[locale].folder;
		for (const page of pages.filter((p) => p.startsWith(`${folder}/`))) {
			const needs = pathNeeds(`/${splitEdition(page).path.replace(/index\.html$/, '')}`) ?? [];
			for (const [collection, id] of needs) {
				const where = collection === 'sections' ? `sources/${id}` : `${collection}/${id}`;
				expect(translated.has(`${folder}/${where}`), `${page} has no translation of ${collection} ${id}`).toBe(true);
			}
		}
	});

	it('a translated entry is listed under its translated title and linked to its page in the edition', () => {
		const page = 'ru/organizations/index.html';
		const links = selectAll('main a', tree(page)).map((a) => ({
			to: normalize(join(dirname(page), String(a.properties['href']))),
			lang: a.properties['lang'],
		}));
		expect(links).toContainEqual({ to: 'ru/organizations/sco/index.html', lang: undefined });
		// Every entry is translated today; an untranslated one is listed in English (tests/site/newcomer.test.ts).
		expect(links.filter((l) => l.to.startsWith('organizations/'))).toEqual([]);
	});
});

describe('English inside a translated page', () => {
	it.each([
		['ru/organizations/sco/index.html', '“SCO – a reliable barrier to terrorism”'],
		['zh/organizations/cis-atc/index.html', '“Anti-Terrorist Center”'],
	])('%s marks %s as English', (page, title) => {
		const marked = selectAll('main [lang="en"]', tree(page)).map((e) => ownText(e, 'en'));
		expect(marked).toContain(title);
	});
});

describe('dates, numbers and names in the page’s language', () => {
	const factsOf = (page: string) => ownText(select('main', tree(page))!, EDITIONS[splitEdition(page).locale].lang);
	it.each([
		['events/nac-established-2006/index.html', '15 February 2006'],
		['ru/events/nac-established-2006/index.html', '15 февраля 2006 г.'],
		['zh/events/nac-established-2006/index.html', '2006年2月15日'],
		['ru/events/dubrovka-attack-2002/index.html', '2002'],
		['zh/events/georgia-leaves-cis-2009/index.html', '2009年'],
	])('%s shows %s', (page, date) => {
		expect(factsOf(page)).toContain(date);
	});

	it.each([
		['ru', 'Россия'],
		['zh', '俄罗斯'],
	] as [Locale, string][])('%s: a state is named from its code in the language', (locale, name) => {
		expect(factsOf(`${EDITIONS[locale].folder}/events/beslan-school-siege-2004/index.html`)).toContain(name);
	});
});
