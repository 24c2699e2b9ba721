import { describe, expect, it } from 'vitest';
import { protectOpeningAcronyms, settleEntry, writeBib, type BibEntry } from '../../src/lib/cite/bibtex';
import type { CslItem } from '../../src/lib/cite/csl';

const item = (over: Partial<CslItem>): CslItem => ({ id: 'x', type: 'webpage', 'citation-key': 'x', title: 'T', ...over });

describe('protectOpeningAcronyms', () => {
	it('marks an acronym that opens the title or a part after a colon, and nothing else', () => {
		expect(protectOpeningAcronyms('SCO – a reliable barrier to terrorism')).toBe(
			'<span class="nocase">SCO</span> – a reliable barrier to terrorism',
		);
		expect(protectOpeningAcronyms('Choosing a path: SCO after expansion')).toBe(
			'Choosing a path: <span class="nocase">SCO</span> after expansion',
		);
		expect(protectOpeningAcronyms('The SCO and Interpol')).toBe('The SCO and Interpol');
		expect(protectOpeningAcronyms('A study')).toBe('A study');
		expect(protectOpeningAcronyms('上合组织正式接收白俄罗斯为成员国')).toBe('上合组织正式接收白俄罗斯为成员国');
	});
});

describe('settleEntry', () => {
	it('makes a dated newspaper article a newspaper @article with journal, year and month', () => {
		const entry: BibEntry = { type: 'article', label: 'x', properties: { journaltitle: 'TASS', date: '2018-05-02', language: 'en' } };
		const out = settleEntry(entry, item({ type: 'article-newspaper', issued: { 'date-parts': [[2018, 5, 2]] } }));
		expect(out).toEqual({
			type: 'article',
			label: 'x',
			properties: {
				journal: 'TASS',
				date: '2018-05-02',
				entrysubtype: 'newspaper',
				langid: 'english',
				key: 'x',
				year: '2018',
				month: 'may',
			},
		});
	});

	it('makes a newspaper article with no known outlet, and a law read online, web pages whose site is the organization', () => {
		const noOutlet = settleEntry(
			{ type: 'article', label: 'x', properties: { author: 'Saenko, Sergey', title: 'T' } },
			item({ type: 'article-newspaper' }),
		);
		expect(noOutlet.type).toBe('online');
		const law = settleEntry(
			{ type: 'legislation', label: 'x', properties: { booktitle: 'CIS Legislation', title: 'T' } },
			item({ type: 'legislation' }),
		);
		expect(law).toEqual({ type: 'online', label: 'x', properties: { organization: 'CIS Legislation', title: 'T', key: 'T' } });
	});

	it('gives a language as babel names it', () => {
		expect(settleEntry({ type: 'online', label: 'x', properties: { language: 'ru' } }, item({})).properties['langid']).toBe('russian');
	});
});

describe('writeBib', () => {
	it('braces values and writes the month as a bare macro', () => {
		expect(writeBib([{ type: 'online', label: 'k', properties: { title: '{SCO} news', month: 'sep' } }])).toBe(
			'@online{k,\n\ttitle = {{SCO} news},\n\tmonth = sep,\n}\n',
		);
	});
});
