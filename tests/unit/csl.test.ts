import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { CITATION_STYLES, formatReference, formatReferences, formatReferenceText, toBibtex, toRis } from '../../src/lib/cite/cite-format';
import { cslDate, referenceItem, sourceItem } from '../../src/lib/cite/csl';
import { highwireTags } from '../../src/lib/cite/highwire';
import { citations, pageCitationItem, pageKey } from '../../src/lib/cite/page-citation';
import { referenceWork, shortLabel } from '../../src/lib/model/works';

const li = sourceItem(
	'li-2025',
	{
		kind: 'journal-article',
		title: 'A study',
		authors: [{ name: 'Li Ziman', family: 'Li' }],
		published: { year: 2025, month: 2, day: 16, precision: 'day' },
		journal: 'National Security / nota bene',
		issue: '1',
		doi: '10.7256/2454-0668.2025.1.73349',
	},
	'https://example.org/sources/li-2025/',
);

describe('CSL items', () => {
	it('maps a source record to CSL-JSON, found by its DOI', () => {
		expect(li).toEqual({
			id: 'li-2025',
			type: 'article-journal',
			'citation-key': 'li-2025',
			title: 'A study',
			author: [{ family: 'Li', given: 'Ziman' }],
			issued: { 'date-parts': [[2025, 2, 16]] },
			'container-title': 'National Security / nota bene',
			issue: '1',
			DOI: '10.7256/2454-0668.2025.1.73349',
		});
	});

	it('keeps a reference as the file holds it, less empty lists and the site’s own fields', () => {
		const item = referenceItem({
			id: 'ma-2006',
			type: 'chapter',
			title: 'T',
			author: [{ family: 'Ma' }],
			editor: [],
			issued: cslDate({ year: 2006, precision: 'year' }),
		});
		expect(item).toEqual({
			id: 'ma-2006',
			type: 'chapter',
			'citation-key': 'ma-2006',
			title: 'T',
			author: [{ family: 'Ma' }],
			issued: { 'date-parts': [[2006]] },
		});
		expect(shortLabel(referenceWork({ author: [{ family: 'Ma' }], issued: item.issued, title: 'T' }))).toBe('Ma 2006');
	});
});

describe('the CSL formatter', () => {
	it('formats in the house style, Chicago author-date, with the DOI as a link', () => {
		expect(formatReferenceText(li)).toBe(
			'Li, Ziman. 2025. “A Study.” National Security / Nota Bene, no. 1 (February). https://doi.org/10.7256/2454-0668.2025.1.73349.',
		);
		expect(formatReference(li)).toContain('<a href="https://doi.org/10.7256/2454-0668.2025.1.73349"');
	});

	it('names editors of a chapter’s book', () => {
		const chapter = referenceItem({
			id: 'x-2020',
			type: 'chapter',
			title: 'A chapter',
			author: [{ family: 'Author', given: 'A.' }],
			editor: [{ family: 'Editor', given: 'E.' }],
			issued: { 'date-parts': [[2020]] },
			'container-title': 'The book',
		});
		expect(formatReferenceText(chapter)).toContain('edited by E. Editor');
	});

	it('exports BibTeX and RIS under the site’s keys', () => {
		expect(toBibtex([li])).toMatch(/^@article\{li-2025,/);
		expect(toRis([li])).toContain('ID  - li-2025');
		expect(toRis([li])).toContain('DO  - 10.7256/2454-0668.2025.1.73349');
	});
});

describe('citing a page', () => {
	const page = pageCitationItem({
		title: 'Regional Anti-Terrorist Structure',
		url: 'https://example.org/organizations/sco-rats/',
		site: 'The Reference',
		updated: { year: 2026, month: 11, day: 30, precision: 'day' },
	});

	it('keys a page by its path', () => {
		expect(pageKey('https://example.org/organizations/sco-rats/')).toBe('organizations-sco-rats');
		expect(pageKey('https://example.org/')).toBe('home');
	});

	it('gives every format, each naming the page’s address and date', () => {
		const c = citations(page, 'en');
		expect(c.styles.map((s) => s.style)).toEqual(['chicago', 'apa', 'mla']);
		for (const text of [...c.styles.map((s) => s.html), c.bibtex, c.ris])
			expect(text).toContain('https://example.org/organizations/sco-rats/');
		expect(c.styles[0]!.html).toContain('November 30, 2026');
		expect(c.ris).toContain('DA  - 2026/11/30/');
	});

	it('writes Highwire tags from the same item', () => {
		expect(highwireTags(page)).toEqual([
			['citation_title', 'Regional Anti-Terrorist Structure'],
			['citation_publication_date', '2026/11/30'],
			['citation_publisher', 'The Reference'],
			['citation_public_url', 'https://example.org/organizations/sco-rats/'],
		]);
		expect(highwireTags(li)).toContainEqual(['citation_journal_title', 'National Security / nota bene']);
		expect(highwireTags(li)).toContainEqual(['citation_author', 'Li, Ziman']);
		expect(highwireTags(li)).toContainEqual(['citation_doi', '10.7256/2454-0668.2025.1.73349']);
	});
});

describe('RIS', () => {
	it('keeps a newspaper article’s authors and date, and never breaks a long address', () => {
		const news = sourceItem(
			'saenko-2025',
			{
				kind: 'news-commentary',
				title: 'SCO',
				authors: [{ name: 'Sergey Saenko' }],
				published: { year: 2025, month: 9, day: 29, precision: 'day' },
			},
			'https://example.org/sources/saenko-2025/a/very/long/address/that/runs/well/past/seventy/characters/',
		);
		const ris = toRis([news]);
		expect(ris).toContain('AU  - Saenko, Sergey');
		expect(ris).toContain('DA  - 2025/9/29/');
		expect(ris).toContain('UR  - https://example.org/sources/saenko-2025/a/very/long/address/that/runs/well/past/seventy/characters/');
		expect(ris.split('\n')[0]).toBe('TY  - NEWS');
	});
});

describe('one item alone', () => {
	// Every work of the bibliography, and pages whose titles carry what styles rework: quotation
	// marks, closing punctuation, markup characters, lower-case words.
	const works = (parse(readFileSync('content/references.yml', 'utf8')) as { id: string }[]).map((r) =>
		referenceItem(r as Parameters<typeof referenceItem>[0]),
	);
	const pages = [
		'Regional Anti-Terrorist Structure',
		'What does the “Universal Security Centre” do?',
		'Kazakhstan & Kyrgyzstan: the ‘Saryarka’ exercise, 2019.',
		'the CIS <ATC> of the Commonwealth',
	].map((title, i) =>
		pageCitationItem({
			title,
			url: `https://example.org/p/${i}/`,
			site: 'The Reference',
			updated: { year: 2026, month: 1, day: i + 1, precision: 'day' },
		}),
	);
	// Formatted beside an unrelated work, an item goes through the full style, sort and
	// disambiguation included, as in the bibliography.
	const other = referenceItem({
		id: 'zz-other',
		type: 'book',
		title: 'Unrelated',
		author: [{ family: 'Zyx', given: 'A' }],
		issued: { 'date-parts': [[1901]] },
	} as Parameters<typeof referenceItem>[0]);

	it('is formatted as the full style formats it, less a numeric style’s list number', () => {
		expect(works.length).toBeGreaterThan(20);
		for (const { id: style } of CITATION_STYLES)
			for (const item of [...works, ...pages]) {
				// Alone, the item is first in the list: its number is "1. ", which a reference alone drops.
				const full = formatReferences([item, other], style).get(item.id)!.replace('<div class="csl-entry">1. ', '<div class="csl-entry">');
				expect(formatReference(item, style), `${style} ${item.id}`).toBe(full);
			}
	});
});
