/**
 * A page's reference from a template (src/lib/cite/page-template.ts) is citeproc's, or the page is
 * left to citeproc: titles of every script and shape, in every edition, style and kind of date.
 */
import { describe, expect, it } from 'vitest';
import { CITATION_STYLES, formatReference } from '../../src/lib/cite/cite-format';
import { pageCitationItem } from '../../src/lib/cite/page-citation';
import { templatedReference } from '../../src/lib/cite/page-template';
import type { PartialDate } from '../../src/lib/model/partial-date';

/** Titles a template carries. */
const PLAIN = [
	'Comparative analysis of the RATS and the ATC',
	'of the RATS',
	'Li 2025: a study of the SCO',
	'SCO–CIS: the two and a half',
	'Events, 2001–2005 (list)',
	'a/b or c; d',
	'Tom & Jerry',
	'a note on iPhone use',
	'x-ray and e-mail',
	'İstanbul and ıstanbul',
	'ß straße',
	'Региональная антитеррористическая структура (РАТС ШОС)',
	'上海合作组织地区反恐怖机构',
	'RATS 与 ATC',
	'x',
	'2001',
	"The SCO's Regional Anti-Terrorist Structure is established",
	'SCO summit in Astana, with Putin’s announcement on RATS',
	"Li's view of what it stands for",
	'Li’s view of what it stands for',
	'萨延科，关于网络宣传、2017年会谈：（译自英文）',
];
/** Titles the engine treats in ways a template does not follow: they are left to it. */
const ENGINE_ONLY = [
	'What is "RATS"? a view',
	"rock 'n' roll",
	"Saenkos' view",
	'«Шанхайский дух»',
	'萨延科关于网络宣传一句中的“族裔团体”',
	'Art. 5 of the Convention',
	'A <b>bold</b> title',
	'Ends with a full stop.',
	'Ա Հայերեն',
	'  spaced',
];

const EDITIONS = [
	{ site: 'Eurasian counter-terrorism cooperation', language: 'en' },
	{ site: 'Евразийское сотрудничество в противодействии терроризму', language: 'ru' },
	{ site: '欧亚反恐合作', language: 'zh-Hans' },
];
const DATES: (PartialDate | undefined)[] = [
	{ year: 2026, month: 12, day: 6, precision: 'day' },
	{ year: 2025, precision: 'year' },
	undefined,
];
const URL = 'https://ct-reference.example.org/ru/organizations/sco-rats/?a=1&b=2';

const cases = EDITIONS.flatMap((edition) => DATES.flatMap((updated) => CITATION_STYLES.map((s) => ({ ...edition, updated, style: s.id }))));

describe('a page reference from a template', () => {
	it.each(cases)('$style, $language, dated $updated: citeproc’s output for plain titles', ({ site, language, updated, style }) => {
		for (const title of PLAIN) {
			const item = pageCitationItem({ title, url: URL, site, updated, language });
			const templated = templatedReference(item, style);
			expect(templated, title).toBeDefined();
			expect(templated, title).toBe(formatReference(item, style));
		}
	});

	it.each(cases)('$style, $language, dated $updated: left to citeproc for other titles', ({ site, language, updated, style }) => {
		for (const title of ENGINE_ONLY) {
			expect(templatedReference(pageCitationItem({ title, url: URL, site, updated, language }), style), title).toBeUndefined();
		}
	});

	it('leaves anything but a page to citeproc', () => {
		const page = pageCitationItem({ title: 'A page', url: URL, site: 'Site', updated: undefined, language: 'en' });
		expect(templatedReference({ ...page, author: [{ family: 'Li', given: 'Ziman' }] }, 'chicago')).toBeUndefined();
		expect(templatedReference({ ...page, type: 'article-journal' }, 'chicago')).toBeUndefined();
		expect(templatedReference({ ...page, URL: 'https://example.org/a b' }, 'chicago')).toBeUndefined();
	});
});
