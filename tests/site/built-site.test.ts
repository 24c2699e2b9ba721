import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { splitEdition } from '../../src/lib/routing/editions';
import { describe, expect, it } from 'vitest';
import { BACK_LINKS } from '../../src/markdown/footnotes';
import { count, ids } from '../helpers/html';
import { brokenLinks } from '../helpers/links';
import { entry, fragments, indexedText, indexWords, readWrapped } from '../helpers/search-bundle';
import { DIST, builtPages, readPage } from '../helpers/site';
import { loadContent } from '../helpers/content';
import { comparisonPairs } from '../../src/lib/model/comparison';

const ROOT = join(import.meta.dirname, '..', '..');
const pages = builtPages();
const html = new Map(pages.map((p) => [p, readPage(p)]));

// What content exists decides which pages must exist: a page type that stopped rendering fails here.
const list = (dir: string, ext: RegExp) =>
	readdirSync(join(ROOT, dir))
		.filter((f) => ext.test(f))
		.map((f) => f.replace(ext, ''));
const sourceIds = list('seeds', /\.yml$/);
const sectionIds = sourceIds.flatMap((s) =>
	existsSync(join(ROOT, 'content/sources', s)) ? list(`content/sources/${s}`, /\.mdx?$/).map((x) => `${s}/${x}`) : [],
);
const organizationIds = list('content/organizations', /\.mdx?$/);
const eventIds = list('content/events', /\.mdx?$/);
const noteIds = list('content/notes', /\.md$/);
const content = loadContent();
// Comparison pages are entries of the search too: their statements stand on no other page.
const comparisonPages = comparisonPairs(
	content.sourceIds.map((id) => ({ id, compares: ((content.seeds[id]!['compares'] ?? []) as string[]).map((x) => ({ id: x })) })),
).map((p) => `compare/${p.slug}/index.html`);
const documentIds = list('content/documents', /\.md$/);
const entityPages = [
	...sourceIds.map((id) => `sources/${id}/index.html`),
	...sectionIds.map((id) => `sources/${id}/index.html`),
	...organizationIds.map((id) => `organizations/${id}/index.html`),
	...eventIds.map((id) => `events/${id}/index.html`),
	...noteIds.map((id) => `notes/${id}/index.html`),
	...comparisonPages,
	...documentIds.map((id) => `documents/${id}/index.html`),
];

describe('every page type renders', () => {
	const fixed = [
		'index.html',
		'sources/index.html',
		'organizations/index.html',
		'events/index.html',
		'events/kinds/agreement/index.html',
		'documents/index.html',
		'bibliography/index.html',
		'search/index.html',
		'about/index.html',
		'404.html',
	];

	it.each([...fixed, ...entityPages])('%s', (page) => {
		const doc = html.get(page);
		expect(doc, `${page} was not built`).toBeDefined();
		expect(count(doc!, /<h1[\s>]/), 'one h1').toBe(1);
		expect(doc).toMatch(/<html lang="en"[\s>]/);
		expect(doc).toMatch(/<title>[^<]{3,}<\/title>/);
		expect(doc).toMatch(/<meta name="description" content="[^"]{20,}"/);
		expect(doc).toMatch(/<main id="main"/);
		expect(doc).toMatch(/<a class="skip-link" href="#main">/);
	});
});

describe('links', () => {
	it('every internal link and asset resolves to a built file, and every #anchor to an id', () => {
		expect(brokenLinks(DIST)).toEqual([]);
	});

	it('every footnote reference has its note and every note links back', () => {
		for (const [page, doc] of html) {
			const refs = [...doc.matchAll(/href="#(user-content-fn-[^"]+)"/g)].map((m) => m[1]!);
			const backs = [...doc.matchAll(/href="#(user-content-fnref-[^"]+)"/g)].map((m) => m[1]!);
			const all = ids(doc);
			for (const id of [...refs, ...backs]) expect(all.has(id), `${page}: #${id}`).toBe(true);
			// One back-link per place a note is cited from, for its first BACK_LINKS places.
			const places = Map.groupBy(refs, (r) => r);
			const expected = [...places.values()].reduce((n, list) => n + Math.min(list.length, BACK_LINKS), 0);
			expect(backs.length, `${page}: back-links`).toBe(expected);
		}
	});

	it('citations become notes that link to an entry of the bibliography', () => {
		const bibliography = ids(readPage('bibliography/index.html'));
		const section = readPage('sources/li-2025/rats-international/index.html');
		const cited = [
			...section.matchAll(/<li id="user-content-fn-cite-\d+">\s*<p><a href="\.\.\/\.\.\/\.\.\/bibliography\/index\.html#([^"]+)">/g),
		].map((m) => m[1]!);
		expect(cited).toContain('ma-2006');
		for (const key of cited) expect(bibliography.has(key), key).toBe(true);
		// The page number from "[3, p. 228]" in the source is kept.
		expect(section).toContain('<a href="../../../bibliography/index.html#ma-2006">Ma 2006</a>, p. 228.');
	});

	it('footnote back-links are labelled and kept out of search', () => {
		const section = readPage('sources/li-2025/rats-international/index.html');
		const backlinks = [...section.matchAll(/<a [^>]*data-footnote-backref[^>]*>/g)].map((m) => m[0]);
		expect(backlinks.length).toBeGreaterThan(0);
		for (const a of backlinks) expect(a).toMatch(/aria-label="Back to reference \d+(, place [a-z]+)?"/);
		// They sit in the list of notes, which is out of the index as a whole.
		expect(section).toMatch(/<section data-footnotes[^>]* data-pagefind-ignore[^>]*>(?:(?!<\/section>)[\s\S])*data-footnote-backref/);
	});
});

describe('relations are computed from references', () => {
	it('an organization lists its events and the sections that discuss it', () => {
		const doc = readPage('organizations/unodc/index.html');
		expect(doc).toContain('href="../../events/sco-unodc-memorandum-2011/index.html"');
		expect(doc).toContain('href="../../events/rats-unodc-vienna-2018/index.html"');
		expect(doc).toContain('href="../../sources/li-2025/rats-international/index.html"');
	});

	it('a membership table names states from their codes', () => {
		const doc = readPage('organizations/sco/index.html');
		expect(doc).toMatch(/<th scope="row">Afghanistan<\/th>\s*<td>Observer<\/td>/);
	});

	it('the bibliography lists the pages citing each entry', () => {
		const doc = readPage('bibliography/index.html');
		const entry = doc.slice(doc.indexOf('<li id="ma-2006">'), doc.indexOf('</li>', doc.indexOf('<li id="ma-2006">')));
		expect(entry).toContain('href="../sources/li-2025/rats-international/index.html"');
	});

	it('sections link to their neighbours', () => {
		const doc = readPage('sources/li-2025/review/index.html');
		expect(doc).toMatch(/<a class="prev" href="\.\.\/introduction\/index\.html" rel="prev">/);
		expect(doc).toMatch(/<a class="next" href="\.\.\/rats-international\/index\.html" rel="next">/);
	});
});

describe('search index', () => {
	it('indexes exactly the entry pages: sections, organizations, events, sources and editor’s notes', () => {
		// The entry file is shipped wrapped for loading from disk (see src/scripts/pagefind-loader.ts).
		const index = entry(DIST);
		expect(index.version).toBe('1.6.0');
		expect(index.languages['en']!.page_count).toBe(entityPages.length);
		// Each edition indexes its own entry pages, those it has translated, in an index of its own.
		const inEdition = (page: string) => splitEdition(page).path;
		for (const [lang, folder] of [
			['ru', 'ru/'],
			['zh-cn', 'zh/'],
		] as const)
			expect(index.languages[lang]?.page_count, lang).toBe(
				[...html.keys()].filter((p) => p.startsWith(folder) && entityPages.includes(inEdition(p))).length,
			);
		for (const [page, doc] of html) {
			expect(doc.includes('data-pagefind-body'), page).toBe(entityPages.includes(inEdition(page)));
		}
	});

	it('gives each entry page its kind, and filters for organization and year', () => {
		expect(readPage('sources/li-2025/introduction/index.html')).toContain('data-pagefind-filter="kind:Section"');
		expect(readPage('organizations/sco/index.html')).toContain('data-pagefind-meta="kind:Organization"');
		const event = readPage('events/rats-unodc-vienna-2018/index.html');
		expect(event).toContain('data-pagefind-filter="organization:UNODC"');
		expect(event).toContain('data-pagefind-filter="year:2018"');
		expect(readdirSync(join(DIST, 'pagefind/filter')).length).toBeGreaterThan(0);
	});

	it('reads the terms and descriptions of fact lists as separate words', () => {
		const joined = [...html].filter(([, doc]) => /<\/(dt|dd)><d[td][\s>]/.test(doc)).map(([page]) => page);
		expect(joined).toEqual([]);
		const text = indexedText(DIST);
		expect(text).toContain('Kind Organ of an organization');
		expect(text).not.toMatch(/KindOrgan|Part ofShanghai/);
	});

	it('writes result fragments without the filter values and anchors no result reads', () => {
		const all = fragments(DIST);
		expect(all.length).toBeGreaterThan(100);
		const heavy = all.filter((f) => Object.keys(f['filters'] as object).length > 0 || (f['anchors'] as unknown[]).length > 0);
		expect(heavy.map((f) => f['url'])).toEqual([]);
		// What a result shows is still there.
		for (const f of all)
			expect(f).toMatchObject({ url: expect.any(String), content: expect.any(String), meta: { title: expect.any(String) } });
	});

	it('indexes no word twice with typographic punctuation attached', () => {
		// Pagefind 1.6 indexes "“SCO" as `sco` and again as `“sco`, which a half-typed word then hits
		// ("Shanghai Coopera" found the one page with `cooperation”`): src/lib/search/words.ts.
		const words = indexWords(DIST).map(([w]) => w);
		expect(words.length).toBeGreaterThan(1000);
		expect(words).toContain('sco');
		expect(words.filter((w) => /[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/u.test(w))).toEqual([]);
	});

	it('recompresses the engine and the metadata that every first query loads', () => {
		// Zopfli's gzip is smaller than zlib's best; Pagefind's own files are zlib's.
		const pagefind = entry(DIST).languages['en']!;
		for (const file of [`wasm.${pagefind.wasm}.pagefind`, `pagefind.${pagefind.hash}.pf_meta`]) {
			const served = readWrapped(DIST, file);
			expect(served.length, file).toBeLessThan(gzipSync(gunzipSync(served), { level: 9 }).length);
		}
	});

	it('keeps header, navigation and footer out of the indexed text', () => {
		const doc = readPage('organizations/sco/index.html');
		for (const chrome of ['site-header', 'site-footer', 'breadcrumbs', 'toc']) {
			expect(doc).toMatch(new RegExp(`class="${chrome}"[^>]*data-pagefind-ignore`));
		}
	});
});

describe('edit links and last-updated dates', () => {
	it.each(entityPages)('%s', (page) => {
		const meta = /<p class="page-meta" data-pagefind-ignore>([\s\S]*?)<\/p>/.exec(readPage(page))?.[1] ?? '';
		const file = /href="https:\/\/github\.com\/[^/]+\/[^/]+\/edit\/main\/([^"]+)"/.exec(meta)?.[1];
		expect(file, `${page}: no edit link`).toBeDefined();
		expect(existsSync(join(ROOT, file!)), `${page}: edit link to a missing file ${file}`).toBe(true);
		// From git history in a checkout; a copy without history shows no date rather than a changing one.
		if (existsSync(join(ROOT, '.git'))) expect(meta).toMatch(/Last updated <time datetime="\d{4}-\d{2}-\d{2}">/);
	});
});
