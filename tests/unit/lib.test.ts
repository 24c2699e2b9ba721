import { describe, expect, it } from 'vitest';
import { spaceDefinitionLists } from '../../src/integrations/site-build';
import { citeSource } from '../../src/lib/cite';
import { countryName, isCountryCode } from '../../src/lib/countries';
import en from '../../src/i18n/en';
import { enumLabel, t } from '../../src/lib/i18n';
import { invert, orderSections } from '../../src/lib/relations';
import { createUrls, routePath } from '../../src/lib/urls';
import { eventKinds } from '../../src/schemas/event';
import { membershipStatuses, organizationKinds } from '../../src/schemas/organization';

describe('urls', () => {
	it('makes every route under the configured base', () => {
		const root = createUrls('/');
		const sub = createUrls('/ct/');
		expect(root.href({ to: 'section', id: 'li-2025/introduction' })).toBe('/sources/li-2025/introduction/');
		expect(sub.href({ to: 'organization', id: 'sco' })).toBe('/ct/organizations/sco/');
		expect(sub.href({ to: 'bibliography', key: 'ma-2006' })).toBe('/ct/bibliography/#ma-2006');
		expect(sub.asset('/pagefind/pagefind.js')).toBe('/ct/pagefind/pagefind.js');
		expect(routePath({ to: 'search', query: 'RATS ATC' })).toBe('search/?q=RATS%20ATC');
	});
});

describe('countries', () => {
	it('names ISO codes from CLDR and rejects unknown ones', () => {
		expect(countryName('KZ')).toBe('Kazakhstan');
		expect(isCountryCode('UZ')).toBe(true);
		expect(isCountryCode('XX')).toBe(false);
		expect(isCountryCode('kz')).toBe(false);
	});
});

describe('i18n', () => {
	it('fills placeholders', () => {
		expect(t('search.results', { count: 3, query: 'RATS' })).toBe('3 results for “RATS”');
	});

	it('has a label for every value of every enumeration in the schemas', () => {
		for (const v of eventKinds) expect(en).toHaveProperty(`eventKind.${v}`);
		for (const v of organizationKinds) {
			expect(en).toHaveProperty(`orgKind.${v}`);
			expect(en).toHaveProperty(`orgKinds.${v}`);
		}
		for (const v of membershipStatuses) expect(en).toHaveProperty(`status.${v}`);
		expect(enumLabel('eventKind', 'law-or-decree')).toBe('Law or decree');
	});
});

describe('relations', () => {
	it('inverts links, once per target, in source order', () => {
		const events = [
			{ id: 'a', orgs: ['sco', 'sco'] },
			{ id: 'b', orgs: ['cis', 'sco'] },
		];
		const by = invert(events, (e) => e.orgs);
		expect(by.get('sco')?.map((e) => e.id)).toEqual(['a', 'b']);
		expect(by.get('cis')?.map((e) => e.id)).toEqual(['b']);
	});

	it('orders sections by the source list and stops on disagreement', () => {
		const s = (id: string, order: number) => ({ id, order });
		expect(orderSections('li', ['li/a', 'li/b'], [s('li/b', 2), s('li/a', 1)]).map((x) => x.id)).toEqual(['li/a', 'li/b']);
		expect(() => orderSections('li', ['li/a'], [s('li/a', 1), s('li/b', 2)])).toThrow(/"li\/b" is missing from the sections list in seeds\/li\.yml/);
		expect(() => orderSections('li', ['li/b', 'li/a'], [s('li/a', 1), s('li/b', 2)])).toThrow(/has order 1 but comes after/);
	});
});

describe('citeSource', () => {
	it('cites a journal article with its DOI', () => {
		const text = citeSource({
			kind: 'journal-article',
			title: 'A study',
			authors: [{ name: 'Li Ziman', family: 'Li' }],
			published: { year: 2025, month: 2, day: 16, precision: 'day' },
			journal: 'National Security / nota bene',
			issue: '1',
			doi: '10.7256/2454-0668.2025.1.73349',
		});
		expect(text).toBe('Li, Ziman. 2025. “A study.” National Security / nota bene (1). https://doi.org/10.7256/2454-0668.2025.1.73349.');
	});
});

describe('searchKey', () => {
	it('meets names however they are typed', async () => {
		const { searchKey } = await import('../../src/lib/search-keys');
		expect(searchKey("Hay'at Tahrir al-Sham")).toBe('hayat tahrir al sham');
		expect(searchKey('HAY’AT TAHRIR AL-SHAM')).toBe(searchKey('hayat tahrir al sham'));
		expect(searchKey('  Anti-Terrorism   Center ')).toBe('anti terrorism center');
		expect(searchKey('Ürümqi')).toBe('urumqi');
		expect(searchKey('—')).toBe('');
	});
});

describe('relativeUrl', () => {
	it('links page to page relatively, naming index.html', async () => {
		const { relativeUrl, rootOf } = await import('../../src/lib/urls');
		expect(relativeUrl('organizations/sco/index.html', '/organizations/unodc/')).toBe('../unodc/index.html');
		expect(relativeUrl('organizations/sco/index.html', '/')).toBe('../../index.html');
		expect(relativeUrl('index.html', '/about/')).toBe('about/index.html');
		expect(relativeUrl('index.html', '/')).toBe('index.html');
		expect(relativeUrl('sources/li-2025/review/index.html', '/bibliography/#ma-2006')).toBe('../../../bibliography/index.html#ma-2006');
		expect(relativeUrl('search/index.html', '/search/?q=RATS')).toBe('index.html?q=RATS');
		expect(relativeUrl('bibliography/index.html', '/bibliography/#ma-2006')).toBe('#ma-2006');
		expect(relativeUrl('events/x/index.html', '/_astro/Base.css')).toBe('../../_astro/Base.css');
		expect(relativeUrl('404.html', '/favicon.svg')).toBe('favicon.svg');
		for (const external of ['https://doi.org/10.1/x', '//cdn.example/x', '#top', 'mailto:a@b.c']) {
			expect(relativeUrl('index.html', external)).toBe(external);
		}
		expect(rootOf('index.html')).toBe('');
		expect(rootOf('organizations/sco/index.html')).toBe('../../');
	});
});

describe('repository dates', () => {
	it('gives no date where there is no git history, so builds stay reproducible', async () => {
		const { mkdtempSync } = await import('node:fs');
		const { tmpdir } = await import('node:os');
		const { join } = await import('node:path');
		const { lastUpdated, editUrl } = await import('../../src/lib/repository');
		expect(lastUpdated('content/events/x.mdx', mkdtempSync(join(tmpdir(), 'no-git-')))).toBeUndefined();
		expect(editUrl('./content/events/x.mdx')).toMatch(/\/edit\/main\/content\/events\/x\.mdx$/);
	});
});

describe('spaceDefinitionLists', () => {
	it('separates terms from descriptions, and nothing else', () => {
		const html = '<dl><dt>Kind</dt><dd>Organ</dd><dt>Part of</dt><dd data-x="1"><a>SCO</a></dd></dl><p>a</p><p>b</p>';
		expect(spaceDefinitionLists(html)).toBe('<dl><dt>Kind</dt> <dd>Organ</dd> <dt>Part of</dt> <dd data-x="1"><a>SCO</a></dd></dl><p>a</p><p>b</p>');
	});
});
