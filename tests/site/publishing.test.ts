/**
 * What researchers and machines take from the built site: a citation of every page in five
 * formats, Highwire tags that agree with the bibliography, and data downloads that round-trip.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse as parseCsv } from 'csv-parse/sync';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadContent, ROOT } from '../helpers/content';
import { checkPageCitation } from '../helpers/citations';
import { builtPages, DIST, editionOfPage, readPage } from '../helpers/site';

const pages = builtPages().filter((p) => p !== '404.html' && !/^(?:[a-z]{2}\/)?search\/index\.html$/.test(p));
const tree = (page: string) => fromHtml(readPage(page));
const meta = (doc: ReturnType<typeof tree>, name: string) =>
	selectAll(`meta[name="${name}"]`, doc).map((m) => String(m.properties['content']));
const canonicalOf = (doc: ReturnType<typeof tree>) => String(select('link[rel="canonical"]', doc)?.properties['href']);
const download = (file: string) => readFileSync(join(DIST, 'data', file), 'utf8');

describe('cite this page', () => {
	it.each(pages)('%s offers its edition’s standard, Chicago, APA, MLA, BibTeX and RIS, each naming its address', async (page) => {
		const doc = tree(page);
		const { t, locale } = await editionOfPage(page);
		const block = select('main details#cite-this-page', doc);
		expect(block, 'no cite block').toBeTruthy();
		const terms = selectAll('dt', block!).map((dt) => toString(dt));
		const styles = [...({ en: [], ru: ['gost'], zh: ['gbt'] } as Record<string, string[]>)[locale]!, 'chicago', 'apa', 'mla'];
		expect(terms).toEqual([...styles.map((s) => t(`cite.style.${s}` as Parameters<typeof t>[0])), t('cite.bibtex'), t('cite.ris')]);
		// The national standard writes in the page's language; the English styles say they are English.
		if (locale !== 'en') {
			const [own, chicago] = selectAll('dd', block!);
			expect(select('[lang="en"]', own!)).toBeFalsy();
			expect(select('div[lang="en"]', chicago!)).toBeTruthy();
		}
		const url = canonicalOf(doc);
		for (const dd of selectAll('dd', block!)) expect(toString(dd), terms.join()).toContain(url);
		expect(block!.properties['dataPagefindIgnore']).toBe('');
		// Each style's reference is citeproc's, whether the page took it from a template or the engine.
		const check = checkPageCitation(block!, (s) => t(`cite.style.${s}` as Parameters<typeof t>[0]));
		expect(check.styles).toBe(styles.length);
		expect(check.mismatches).toEqual([]);
	});

	it.each(['organizations/sco-rats/index.html', 'ru/organizations/sco-rats/index.html', 'zh/organizations/sco-rats/index.html'])(
		'%s takes every style from a template, which the comparison above holds to citeproc',
		async (page) => {
			const { t } = await editionOfPage(page);
			const check = checkPageCitation(select('main details#cite-this-page', tree(page))!, (s) =>
				t(`cite.style.${s}` as Parameters<typeof t>[0]),
			);
			expect(check.templated).toBe(check.styles);
		},
	);

	it('dates a page by the last change of its file, from git', () => {
		const ris = toString(select('#cite-this-page pre', tree('organizations/sco-rats/index.html'))!);
		expect(ris).toMatch(/year = \{20\d\d\}/);
	});
});

describe('Highwire tags', () => {
	it.each(pages)('%s: title and address agree with the page', async (page) => {
		const doc = tree(page);
		const [title] = meta(doc, 'citation_title');
		expect(title).toBeTruthy();
		const { path } = await editionOfPage(page);
		if (path.startsWith('sources/') && path.split('/').length === 3) return; // the source itself, below
		expect(title).toBe(String(select('meta[property="og:title"]', doc)?.properties['content']));
		expect(meta(doc, 'citation_public_url')).toEqual([canonicalOf(doc)]);
	});

	it.each(['li-2025', 'saenko-2025'])('the page on %s carries the source record', (id) => {
		const doc = tree(`sources/${id}/index.html`);
		const seed = parseYaml(readFileSync(join(ROOT, 'seeds', `${id}.yml`), 'utf8'));
		expect(meta(doc, 'citation_title')).toEqual([seed.title]);
		expect(meta(doc, 'citation_author')).toHaveLength(seed.authors.length);
		expect(meta(doc, 'citation_publication_date')).toEqual([seed.published.replaceAll('-', '/')]);
		if (seed.doi) expect(meta(doc, 'citation_doi')).toEqual([seed.doi]);
		if (seed.journal) expect(meta(doc, 'citation_journal_title')).toEqual([seed.journal]);
		const bib = JSON.parse(download('bibliography.json')).find((item: { id: string }) => item.id === id);
		expect(meta(doc, 'citation_title')).toEqual([bib.title]);
		// The JSON-LD says the same as the tags.
		const ld = selectAll('script[type="application/ld+json"]', doc)
			.map((s) => JSON.parse(toString(s)))
			.find((d) => d.headline);
		expect(ld.headline).toBe(seed.title);
		expect(ld.datePublished.replaceAll('-', '/')).toBe(meta(doc, 'citation_publication_date')[0]);
		expect(ld.author.map((a: { name: string }) => a.name)).toEqual(seed.authors.map((a: { name: string }) => a.name));
		if (seed.doi) expect(ld.identifier).toBe(`doi:${seed.doi}`);
	});
});

describe('data downloads', () => {
	const csl = JSON.parse(download('bibliography.json')) as {
		id: string;
		type: string;
		title: string;
		DOI?: string;
		URL?: string;
		issued?: { 'date-parts': number[][] };
		author?: { family?: string; literal?: string }[];
	}[];

	it.each(['bibliography.bib', 'bibliography.ris'])('%s round-trips, entry by entry, to the CSL-JSON', (file) => {
		const parsed = plugins.input.chain(download(file), { generateGraph: false }) as unknown as typeof csl;
		// Both files keep the bibliography's order; RIS allows IDs of 20 characters, and readers cut longer keys.
		const key = (id: string) => (file.endsWith('.ris') ? id.slice(0, 20) : id);
		expect(parsed.map((p) => p.id)).toEqual(csl.map((c) => key(c.id)));
		for (const [i, item] of csl.entries()) {
			const back = parsed[i]!;
			expect(back.title, item.id).toBe(item.title);
			expect(back.issued?.['date-parts'][0]?.[0], item.id).toBe(item.issued?.['date-parts'][0]?.[0]);
			const families = (item.author ?? []).map((a) => a.family ?? a.literal);
			// citation-js reads no authors from a RIS newspaper article (type NEWS); the record must still carry them.
			if (file.endsWith('.ris') && item.type === 'article-newspaper') {
				const record = download(file)
					.split('\n\n')
					.find((r) => r.includes(`ID  - ${key(item.id)}\n`))!;
				for (const family of families) expect(record, item.id).toContain(`AU  - ${family}`);
			} else
				expect(
					(back.author ?? []).map((a) => a.family ?? a.literal),
					item.id,
				).toEqual(families);
			if (item.DOI) expect(back.DOI, item.id).toBe(item.DOI);
			else if (item.URL) expect(back.URL, item.id).toBe(item.URL);
		}
	});

	const content = loadContent();
	const sorted = (list: { id: string }[]) => list.map((e) => e.id).sort();
	const expected: Record<string, string[]> = {
		organizations: sorted(content.organizations),
		events: sorted(content.events),
		documents: sorted(content.documents),
		sections: sorted(content.sections),
		notes: sorted(content.notes),
		bibliography: [...content.references.map((r) => r.id), ...content.sourceIds].sort(),
	};

	it.each(Object.keys(expected))('%s has one row per entry, with the site’s ids, in JSON and CSV', (name) => {
		const rows = JSON.parse(download(`${name}.json`)) as { id: string }[];
		expect(rows.map((r) => r.id).sort()).toEqual(expected[name]);
		if (name === 'bibliography') return;
		const csv = parseCsv(download(`${name}.csv`), { columns: true }) as { id: string }[];
		expect(csv.map((r) => r.id)).toEqual(rows.map((r) => r.id));
	});

	it('lists every membership and every citation', () => {
		const memberships = content.organizations.flatMap((e) => (e.data['memberships'] as unknown[] | undefined) ?? []);
		expect(JSON.parse(download('memberships.json'))).toHaveLength(memberships.length);
		const assessments = content.organizations.flatMap((e) => (e.data['assessments'] as unknown[] | undefined) ?? []);
		expect(JSON.parse(download('assessments.json'))).toHaveLength(assessments.length);
		expect(parseCsv(download('assessments.csv'), { columns: true })).toHaveLength(assessments.length);
		const citations = JSON.parse(download('citations.json')) as { page: string; work: string }[];
		expect(citations.length).toBeGreaterThan(0);
		expect(new Set(citations.map((c) => c.work)).size).toBeLessThanOrEqual(csl.length);
		expect(parseCsv(download('citations.csv'), { columns: true })).toHaveLength(citations.length);
	});

	it.each(['organizations', 'memberships', 'assessments', 'events', 'documents', 'sections', 'notes', 'citations', 'bibliography'])(
		'%s.json validates against its generated JSON Schema',
		(name) => {
			const ajv = new Ajv2020({ allErrors: true, strict: false });
			const validate = ajv.compile(JSON.parse(download(`${name}.schema.json`)));
			const data = JSON.parse(download(`${name}.json`));
			expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
			// The schema is strict: a field it does not know fails, so the test can fail.
			expect(validate([{ ...data[0], unknownField: 1 }])).toBe(false);
		},
	);

	it('the Data page links every download', () => {
		const hrefs = selectAll('main a', tree('data/index.html')).map((a) => String(a.properties['href']));
		for (const file of ['bibliography.bib', 'bibliography.ris', 'bibliography.json', 'events.csv', 'events.schema.json'])
			expect(hrefs).toContain(file);
	});
});
