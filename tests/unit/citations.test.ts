import { describe, expect, it } from 'vitest';
import { citedKeys, findCitations } from '../../src/lib/cite/citation-syntax';
import { parseBody } from '../../src/markdown/tree';
import { shortLabel } from '../../src/lib/model/works';
import type { CitationTarget } from '../../src/markdown/citations';
import { siteMarkdown } from '../../src/markdown/processor';
import { BACK_LINKS } from '../../src/markdown/footnotes';
import { SHOWN_ON } from '../../src/markdown/page-links';

const targets = new Map<string, CitationTarget>([
	['ma-2006', { label: 'Ma 2006', page: 1 }],
	['chen-wang-2023', { label: 'Chen and Wang 2023', page: 1 }],
]);

/** The site's own processor, without the page links (the example file is no entry of the site). */
async function render(markdown: string, file = 'content/example.mdx') {
	const renderer = await siteMarkdown({
		root: '/project',
		targets: () => targets,
		translated: () => () => false,
		englishOutline: () => undefined,
		pageLinks: false,
	}).createRenderer({});
	return (await renderer.render(markdown, { fileURL: new URL(`file:///project/${file}`) })).code;
}

describe('findCitations', () => {
	it('reads keys and locators, several to a bracket', () => {
		const [m] = findCitations('As argued [@ma-2006, p. 228; @chen-wang-2023, pp. 108–109].');
		expect(m?.items).toEqual([
			{ key: 'ma-2006', locator: 'p. 228' },
			{ key: 'chen-wang-2023', locator: 'pp. 108–109' },
		]);
	});

	it('leaves ordinary brackets and e-mail addresses alone', () => {
		expect(findCitations('[a link](x) and [note] and mail@example.org [^1]')).toEqual([]);
	});

	it('lists cited keys once, in order, ignoring code and inline code', () => {
		const body = 'A [@ma-2006]. B [@chen-wang-2023, p. 1]. C [@ma-2006] and `[@inline-code]`.\n\n```\n[@not-a-citation]\n```\n';
		expect(citedKeys(parseBody(body))).toEqual(['ma-2006', 'chen-wang-2023']);
	});
});

describe('the citation plugin', () => {
	it('turns a citation into a numbered footnote that links to the bibliography entry', async () => {
		const html = await render('Li cites Ma.[@ma-2006, p. 228]');
		expect(html).toMatch(/<sup><a href="#user-content-fn-cite-1"[^>]*data-footnote-ref[^>]*>1<\/a><\/sup>/);
		expect(html).toContain('<a href="/bibliography/#ma-2006">Ma 2006</a>, p. 228.');
	});

	it('numbers citations and the author’s own footnotes in one sequence', async () => {
		const html = await render('One.[^own] Two.[@chen-wang-2023]\n\n[^own]: An editor’s remark.');
		const refs = [...html.matchAll(/data-footnote-ref[^>]*>(\d+)</g)].map((m) => m[1]);
		expect(refs).toEqual(['1', '2']);
		expect(html).toContain('Chen and Wang 2023');
	});

	it('shows the notes’ heading and keeps the notes and the note numbers out of the search index', async () => {
		const html = await render('One.[@ma-2006] Two.[^own]\n\n[^own]: An editor’s remark.');
		expect(html).toContain('<h2 id="footnote-label">Notes</h2>');
		expect(html).toMatch(/<section data-footnotes[^>]* data-pagefind-ignore="">/);
		expect(html.match(/data-footnote-ref[^>]*data-pagefind-ignore=""/g)).toHaveLength(2);
		// The back-links are inside the list, which is out of the index as a whole.
		expect(html.match(/<a [^>]*data-footnote-backref[^>]*>/g)).toHaveLength(2);
		expect(html).not.toMatch(/<a [^>]*data-footnote-backref[^>]*(data-pagefind-ignore|class=)/);
		expect(html).toContain('aria-label="Back to reference 2"');
	});

	it('leaves citation syntax in link text and code as it is written', async () => {
		const html = await render('[see [@ma-2006]](/x/) and `[@ma-2006]`');
		expect(html).not.toContain('data-footnote-ref');
	});

	it('fails on an unknown key, naming the file, the line and the key', async () => {
		await expect(render('Fine.\n\nBroken.[@nobody-1999]')).rejects.toThrow(
			/content\/example\.mdx:3: unknown citation key "@nobody-1999".*content\/references\.yml/s,
		);
	});
});

describe('shortLabel', () => {
	it('uses authors and year, or the title for unsigned works', () => {
		expect(shortLabel({ author: [{ family: 'Ma', given: 'Zhenggang' }], issued: 2006, title: 'x' })).toBe('Ma 2006');
		expect(shortLabel({ author: [{ family: 'A' }, { family: 'B' }, { family: 'C' }], issued: 2024, title: 'x' })).toBe('A et al. 2024');
		expect(shortLabel({ author: [], title: 'The Xiamen-2019 anti-terrorism exercise' })).toBe('“The Xiamen-2019 anti-terrorism exercise”');
	});
});

describe('grouped citations', () => {
	it('gives the same citation one note, with a lettered back-link per place; another locator gets its own', async () => {
		const code = await render('A.[@ma-2006, p. 1] B.[@ma-2006, p. 1] C.[@ma-2006, p. 2]');
		const refs = [...code.matchAll(/data-footnote-ref[^>]*>(\d+)</g)].map((m) => m[1]);
		expect(refs).toEqual(['1', '1', '2']);
		expect(code.match(/<li id="user-content-fn-/g)).toHaveLength(2);
		expect(code).toMatch(/>↩ a<\/a> <a [^>]*>b<\/a>/);
		expect(code).toContain('aria-label="Back to reference 1, place b"');
	});

	it('letters the back-links of the first few places only', async () => {
		const code = await render(Array.from({ length: BACK_LINKS + 3 }, (_, i) => `P${i}.[@ma-2006, p. 1]`).join(' '));
		expect([...code.matchAll(/data-footnote-ref[^>]*>(\d+)</g)]).toHaveLength(BACK_LINKS + 3);
		const backLinks = [...code.matchAll(/<a [^>]*data-footnote-backref[^>]*>([^<]*)</g)].map((m) => m[1]);
		expect(backLinks).toEqual(['↩ a', 'b', 'c', 'd', 'e']);
		// Only the places a back-link returns to keep an id.
		const ids = [...code.matchAll(/<a [^>]*data-footnote-ref[^>]*>/g)].map((m) => /id="([^"]+)"/.exec(m[0])?.[1]);
		expect(ids.filter(Boolean)).toHaveLength(BACK_LINKS);
		for (const href of [...code.matchAll(/<a href="#([^"]+)"[^>]*data-footnote-backref/g)].map((m) => m[1])) expect(ids).toContain(href);
	});
});

describe('an editor’s note through the one processor', () => {
	/** The site's processor with its page links, for a note file (`content/notes/…`), shown on `page` if given. */
	async function renderNote(markdown: string, options: { file?: string; page?: string } = {}) {
		const renderer = await siteMarkdown({
			root: '/project',
			targets: () => new Map([...targets, ['rferl-2005', { label: 'RFE/RL 2005', page: 1 }]]),
			translated: () => (locale, collection, id) => locale === 'ru' && collection === 'organizations' && id === 'cis',
			englishOutline: () => undefined,
		}).createRenderer({ syntaxHighlight: false });
		const fileURL = new URL(`file:///project/${options.file ?? 'content/notes/example.md'}`);
		const frontmatter = options.page ? { [SHOWN_ON]: options.page } : {};
		return (await renderer.render(markdown, { fileURL, frontmatter })).code.trim();
	}

	it('cites inline, before the full stop, and adds no footnote: it is shown inside other pages', async () => {
		const html = await renderNote('See [the CIS](/organizations/cis/), as "reported".[@rferl-2005]');
		expect(html).toBe(
			'<p>See <a href="../../organizations/cis/index.html">the CIS</a>, as “reported” (<a href="../../bibliography/index.html#rferl-2005">RFE/RL 2005</a>).</p>',
		);
	});

	it('writes its links relative to the page it is shown on', async () => {
		const html = await renderNote('See [the CIS](/organizations/cis/).[@ma-2006, p. 228; @rferl-2005]', {
			page: 'sources/li-2025/review/index.html',
		});
		expect(html).toContain(
			'<a href="../../../organizations/cis/index.html">the CIS</a> (<a href="../../../bibliography/index.html#ma-2006">Ma 2006</a>, p. 228; ',
		);
		expect(html).not.toContain('data-footnote');
	});

	it('in a translation, links into its own edition where the target is translated', async () => {
		const html = await renderNote('См. [СНГ](/organizations/cis/) и [ШОС](/organizations/sco/).', {
			file: 'content/translations/ru/notes/example.md',
			page: 'ru/organizations/cis/index.html',
		});
		expect(html).toContain('<a href="index.html">СНГ</a>');
		expect(html).toContain('<a href="../../../organizations/sco/index.html">ШОС</a>');
	});
});

describe('an editor’s note in Chinese', () => {
	it('cites inline in full-width parentheses, before the full stop', async () => {
		const code = await render('马振刚写道。[@ma-2006, p. 228]另见。', 'content/translations/zh/notes/example.md');
		expect(code.trim()).toBe('<p>马振刚写道（<a href="/bibliography/#ma-2006">Ma 2006</a>, p. 228）。另见。</p>');
	});
});
