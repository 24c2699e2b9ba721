import { describe, expect, it } from 'vitest';
import { countryName, isCountryCode } from '../../src/lib/model/countries';
import en from '../../src/i18n/en';
import { translator } from '../../src/lib/i18n';

const t = translator('en');
import { invert } from '../../src/lib/model/relations';
import { withEventDates } from '../../src/lib/model/membership-dates';
import { NOTES_TEXT_IN_FULL, PAGE_TEXT_IN_FULL, notesBudget, notesInFull, utf8Length } from '../../src/lib/routing/pagination';
import { documentRole } from '../../src/lib/model/document-role';
import { parsePartialDate, type PartialDate } from '../../src/lib/model/partial-date';
import { entryRoute, isIndexable, resolvePath, routePath } from '../../src/lib/routing/routes';
import { absoluteUrl, linksFrom } from '../../src/lib/routing/urls';
import { shortLabel, sourceWork } from '../../src/lib/model/works';
import { eventKinds } from '../../src/schemas/event';
import { membershipStatuses, organizationKinds } from '../../src/schemas/organization';
import { aspects } from '../../src/schemas/assessment';

describe('routes', () => {
	it('gives every page one path, from the one table', () => {
		expect(routePath({ to: 'section', id: 'li-2025/introduction' })).toBe('sources/li-2025/introduction/');
		expect(routePath({ to: 'bibliography', key: 'ma-2006' })).toBe('bibliography/#ma-2006');
		expect(routePath({ to: 'search', query: 'RATS ATC' })).toBe('search/?q=RATS%20ATC');
		expect(routePath({ to: 'not-found' })).toBe('404.html');
		expect(routePath({ to: 'comparison', pair: 'sco-rats--cis-atc' })).toBe('compare/sco-rats--cis-atc/');
		expect(resolvePath('/compare/sco-rats--cis-atc/')).toEqual({
			kind: 'param',
			name: 'pair',
			value: 'sco-rats--cis-atc',
			route: 'comparison',
		});
		expect(entryRoute('events', 'x')).toEqual({ to: 'event', id: 'x' });
	});

	it('reads a site path back, telling sources from sections', () => {
		expect(resolvePath('/sources/li-2025/')).toEqual({ kind: 'entry', collection: 'sources', id: 'li-2025' });
		expect(resolvePath('/sources/li-2025/review/')).toEqual({ kind: 'entry', collection: 'sections', id: 'li-2025/review' });
		expect(resolvePath('/events/kinds/attack/')).toEqual({ kind: 'param', name: 'kind', value: 'attack', route: 'events-kind' });
		expect(resolvePath('/about/')).toEqual({ kind: 'page', route: { to: 'about' } });
		expect(resolvePath('/nowhere/')).toBeUndefined();
	});

	it('says which pages search engines may list', () => {
		expect(isIndexable('/organizations/sco/')).toBe(true);
		expect(isIndexable('/search/')).toBe(false);
		expect(isIndexable('/events/kinds/attack/')).toBe(false);
		expect(isIndexable('/404.html')).toBe(false);
	});
});

describe('urls', () => {
	it('writes every link relative to its page, naming index.html', () => {
		const from = linksFrom('organizations/sco/index.html');
		expect(from.href({ to: 'organization', id: 'unodc' })).toBe('../unodc/index.html');
		expect(from.href({ to: 'home' })).toBe('../../index.html');
		expect(from.href({ to: 'bibliography', key: 'ma-2006' })).toBe('../../bibliography/index.html#ma-2006');
		expect(from.asset('/_astro/global.css')).toBe('../../_astro/global.css');
		expect(from.url('https://doi.org/10.1/x')).toBe('https://doi.org/10.1/x');
		expect(from.root).toBe('../../');
		expect(linksFrom('bibliography/index.html').href({ to: 'bibliography', key: 'ma-2006' })).toBe('#ma-2006');
		expect(linksFrom('search/index.html').href({ to: 'search', query: 'RATS' })).toBe('index.html?q=RATS');
	});

	it('writes site-root links where the page is shown at any depth (404), under the site’s path', () => {
		expect(linksFrom('404.html', '/').href({ to: 'search' })).toBe('/search/');
		expect(linksFrom('404.html', '/ct/').asset('/_astro/x.css')).toBe('/ct/_astro/x.css');
	});

	it('makes absolute addresses from the site setting, sub-path included', () => {
		expect(absoluteUrl('https://example.org', { to: 'event', id: 'x' })).toBe('https://example.org/events/x/');
		expect(absoluteUrl('https://example.org/ct', { to: 'home' })).toBe('https://example.org/ct/');
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
		for (const v of aspects) expect(en).toHaveProperty(`aspect.${v}`);
		expect(t.enumLabel('eventKind', 'law-or-decree')).toBe('Law or decree');
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
});

describe('works', () => {
	it('labels a source the way it labels a work', () => {
		const saenko = { title: 'SCO', authors: [{ name: 'Sergey Saenko' }], published: { year: 2025, precision: 'year' as const } };
		expect(shortLabel(sourceWork(saenko))).toBe('Saenko 2025');
		expect(shortLabel(sourceWork({ ...saenko, authors: [{ name: 'Li Ziman', family: 'Li' }] }))).toBe('Li 2025');
	});
});

describe('searchKey', () => {
	it('meets names however they are typed', async () => {
		const { searchKey } = await import('../../src/lib/search/keys');
		expect(searchKey("Hay'at Tahrir al-Sham")).toBe('hayat tahrir al sham');
		expect(searchKey('HAY’AT TAHRIR AL-SHAM')).toBe(searchKey('hayat tahrir al sham'));
		expect(searchKey('  Anti-Terrorism   Center ')).toBe('anti terrorism center');
		expect(searchKey('Ürümqi')).toBe('urumqi');
		expect(searchKey('—')).toBe('');
	});
});

describe('typedQuery', () => {
	it('waits for a second letter, of the query and of its last word, and reads three letters as an abbreviation', async () => {
		const { typedQuery } = await import('../../src/lib/search/keys');
		expect(typedQuery('m')).toBeNull();
		expect(typedQuery(' m ')).toBeNull();
		expect(typedQuery('a b')).toBeNull();
		expect(typedQuery('UN')).toEqual({ query: 'UN', exact: true });
		expect(typedQuery('Shanghai C')).toEqual({ query: 'Shanghai', exact: false });
		expect(typedQuery('Shanghai  Co')).toEqual({ query: 'Shanghai Co', exact: false });
		expect(typedQuery('SCO')).toEqual({ query: 'SCO', exact: true });
		expect(typedQuery('Ürü')).toEqual({ query: 'Ürü', exact: true });
		expect(typedQuery('Ürüm')).toEqual({ query: 'Ürüm', exact: false });
		expect(typedQuery('UN a')).toEqual({ query: 'UN', exact: true });
	});
});

describe('relativeUrl', () => {
	it('links page to page relatively, naming index.html', async () => {
		const { relativeUrl, rootOf } = await import('../../src/lib/routing/urls');
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
		const { lastUpdated } = await import('../../src/io/git-history');
		const { editUrl } = await import('../../src/lib/model/repository');
		expect(lastUpdated('content/events/x.mdx', mkdtempSync(join(tmpdir(), 'no-git-')))).toBeUndefined();
		expect(editUrl('./content/events/x.mdx')).toMatch(/\/edit\/main\/content\/events\/x\.mdx$/);
	});
});

describe('base path', () => {
	it('refuses any base but /, saying why and what to do instead', async () => {
		const { assertRootBase } = await import('../../src/integrations/site-build');
		expect(() => assertRootBase('/')).not.toThrow();
		expect(() => assertRootBase('/docs/')).toThrow(
			/links are relative, so the same build runs under any path.*put the public address, sub-path included, in `site`/,
		);
	});
});

describe('pagination', () => {
	it('cuts a list into pages of a fixed size, and finds an item’s page', async () => {
		const { paginate, pageOf, preview, allPages, laterPages } = await import('../../src/lib/routing/pagination');
		const items = Array.from({ length: 120 }, (_, i) => i);
		const pages = paginate(items);
		expect(pages.map((p) => p.items.length)).toEqual([50, 50, 20]);
		expect(pages[2]).toMatchObject({ number: 3, count: 3, from: 101, total: 120 });
		expect(paginate([])).toEqual([{ number: 1, count: 1, items: [], from: 1, total: 0 }]);
		expect(pageOf(0)).toBe(1);
		expect(pageOf(50)).toBe(2);
		expect(preview(items)).toMatchObject({ more: 100 });
		expect(allPages(120).map((p) => p.page)).toEqual([undefined, 'page/2', 'page/3']);
		expect(laterPages(50)).toEqual([]);
		// Cut once per list and size: every page of a list asks again.
		expect(paginate(items)).toBe(pages);
		expect(paginate(items, 24)).not.toBe(pages);
		expect(paginate([...items])).toEqual(pages);
	});

	it('finds where each year of a paged timeline begins', async () => {
		const { paginate, yearStarts } = await import('../../src/lib/routing/pagination');
		const years = [2001, 2001, 2001, 2002, 2005, 2005, 2005, 2005, 2006];
		const pages = paginate(years, 3);
		expect(yearStarts(pages, (y) => y)).toEqual([
			[2001, 1],
			[2002, 2],
			[2005, 2],
			[2006, 3],
		]);
		expect(yearStarts(pages, (y) => y)).toBe(yearStarts(pages, (y) => y));
	});

	it('gives later pages their own paths, and reads them back', () => {
		expect(routePath({ to: 'events', page: 1 })).toBe('events/');
		expect(routePath({ to: 'events', page: 3 })).toBe('events/page/3/');
		expect(routePath({ to: 'bibliography', key: 'ma-2006', page: 2 })).toBe('bibliography/page/2/#ma-2006');
		expect(routePath({ to: 'section-discusses', id: 'li-2025/review', page: 2 })).toBe('sources/li-2025/review/discussed/page/2/');
		expect(resolvePath('/events/page/3/')).toEqual({ kind: 'page', route: { to: 'events' } });
		expect(resolvePath('/events/page/1/')).toBeUndefined();
		expect(resolvePath('/sources/li-2025/page/2/')).toEqual({ kind: 'entry', collection: 'sources', id: 'li-2025' });
		expect(isIndexable('/organizations/sco/events/')).toBe(false);
	});
});

describe('bibliography order', () => {
	it('puts sources first, then each source’s list in its numbering, then the editors’ works', async () => {
		const { bibliographyOrder } = await import('../../src/lib/model/bibliography');
		const order = bibliographyOrder(
			[
				{ id: 'saenko-2025', published: { year: 2025, month: 9, precision: 'month' } },
				{ id: 'li-2025', published: { year: 2025, month: 2, precision: 'month' } },
			],
			[{ id: 'z-editors' }, { id: 'b', listed: { source: 'li-2025', number: 2 } }, { id: 'a', listed: { source: 'li-2025', number: 1 } }],
		);
		expect(order.map((o) => o.id)).toEqual(['li-2025', 'saenko-2025', 'a', 'b', 'z-editors']);
	});
});

describe('counts in running text', () => {
	it('come from the sources, so a third source needs no code edit', async () => {
		const { sourcesPhrase } = await import('../../src/lib/i18n');
		expect(sourcesPhrase(t, [2025, 2025])).toBe('two 2025 articles');
		expect(sourcesPhrase(t, [2025, 2024, 2025])).toBe('three 2024–2025 articles');
		expect(sourcesPhrase(t, [2025])).toBe('one 2025 article');
		expect(sourcesPhrase(t, Array<number>(12).fill(2025))).toBe('12 2025 articles');
		// No count is typed into a message as a word, except as the exact form of a plural message.
		// ("One or two sentences", in the data fields' descriptions, counts no source.)
		expect(Object.values(en).filter((s) => typeof s === 'string' && /\btwo\b/i.test(s) && !/one or two sentences/i.test(s))).toEqual([]);
	});
});

describe('membership dates', () => {
	const date = (text: string) => {
		const parsed = parsePartialDate(text);
		if (!parsed.ok) throw new Error(parsed.error);
		return parsed.value;
	};
	const events = new Map<string, PartialDate>([['georgia-leaves-cis-2009', date('2009')]]);
	it('reads an end from the event that ended the membership, and keeps typed dates where no event is named', () => {
		const m = { country: 'GE', endedBy: { id: 'georgia-leaves-cis-2009' } };
		expect(withEventDates(m, (id) => events.get(id))).toEqual({ ...m, to: date('2009') });
		const typed = { country: 'RU', from: date('1995') };
		expect(withEventDates(typed, (id) => events.get(id))).toEqual(typed);
		const bare: { country: string; to?: PartialDate } = { country: 'TM' };
		expect(withEventDates(bare, (id) => events.get(id))).toEqual(bare);
	});
});

describe('document roles', () => {
	const doc = (parties: string[], guides: string[]) => ({
		data: { kind: 'programme', parties: { organizations: parties.map((id) => ({ id })) }, guides: guides.map((id) => ({ id })) },
	});
	it('says when an organization works under a document it is not party to', () => {
		expect(documentRole(doc(['sco'], ['sco-rats']), 'sco', t)).toBe('Programme');
		expect(documentRole(doc(['sco'], ['sco-rats']), 'sco-rats', t)).toBe('Programme; guides its work, not signed by it');
	});
});

describe('editor’s notes in full', () => {
	it('shows the first always, then as many as fit the count and the length', () => {
		const len = (n: number) => n;
		expect(notesInFull([5000], len)).toBe(1);
		expect(notesInFull([500, 500, 500, 500, 500], len)).toBe(3);
		expect(notesInFull([100, 100, 100, 100, 100], len)).toBe(4);
		expect(notesInFull([100, 1600], len)).toBe(1);
		expect(notesInFull([], len)).toBe(0);
		expect(notesInFull([100, 100, 100], len, { count: 10, budget: 250 })).toBe(2);
	});

	it('counts text in UTF-8 bytes, so a Russian or Chinese note weighs what it costs', () => {
		expect(utf8Length('Note')).toBe(4);
		expect(utf8Length('Примечание')).toBe(20);
		expect(utf8Length('编者注')).toBe(9);
		const notes = ['Примечание. '.repeat(60), 'Второе. '.repeat(40)];
		expect(notes.map((n) => n.length).reduce((a, b) => a + b)).toBeLessThan(1600);
		expect(notesInFull(notes, utf8Length)).toBe(1);
	});

	it('leaves a long text its notes by title only, so its page keeps to the budget', () => {
		expect(notesBudget(1000)).toBe(NOTES_TEXT_IN_FULL);
		expect(notesBudget(PAGE_TEXT_IN_FULL - 500)).toBe(500);
		expect(notesInFull([100, 100], (n) => n, { count: 4, budget: notesBudget(PAGE_TEXT_IN_FULL) })).toBe(0);
		expect(notesInFull([900, 100], (n) => n, { count: 4, budget: notesBudget(PAGE_TEXT_IN_FULL - 500) })).toBe(1);
	});
});

describe('reserved ids', () => {
	it('are read from the route table: a list’s later pages and the fixed folders beside the entries', async () => {
		const { reservedIds } = await import('../../src/lib/routing/routes');
		expect(reservedIds('events').map(([id]) => id)).toEqual(['kinds', 'page']);
		expect(reservedIds('organizations').map(([id]) => id)).toEqual(['page']);
		// A section's page sits beside its source's fixed folders: the source's list of notes, its later pages.
		expect(reservedIds('sections')).toEqual([
			['notes', '/sources/<source>/notes/'],
			['page', '/sources/<source>/page/2/'],
		]);
		expect(reservedIds('references').map(([id]) => id)).toEqual(['page']);
		expect(reservedIds('sources')).toEqual([]);
	});
});

describe('where a translation is, for each collection that can be translated', () => {
	it('its path and id lead back to the English entry, and its file is known as a translation', async () => {
		const { TRANSLATABLE, entryOfFile, translationPath, translationTarget } = await import('../../src/lib/model/collections');
		const ids = { sources: 'li-2025', sections: 'li-2025/review', organizations: 'sco', events: 'x', documents: 'y', notes: 'z' };
		for (const collection of TRANSLATABLE) {
			const path = `ru/${translationPath(collection, ids[collection])}`;
			expect(translationTarget(path), path).toEqual({ lang: 'ru', collection, id: ids[collection] });
			expect(entryOfFile(`content/translations/${path}.md`), path).toEqual({ collection: 'translations', id: path });
		}
		expect(translationTarget('ru/glossary/x')).toBeUndefined();
		expect(translationTarget('ru/organizations/a/b')).toBeUndefined();
		expect(entryOfFile('content/translations/ru/references/x.md')).toBeUndefined();
	});
});

describe('npm run new’s skeletons', () => {
	it('offer every kind a schema allows, read from the schema', async () => {
		const { choices } = await import('../../src/io/scaffold/entry');
		const { eventKinds } = await import('../../src/schemas/event');
		const comment = choices(eventKinds);
		for (const kind of eventKinds) expect(comment).toContain(kind);
		expect(comment.split('\n').every((line) => line.startsWith('# ') && line.length <= 100)).toBe(true);
		expect(comment).toMatch(/ or statement\.$/);
	});
});

describe('the editor’s notes an entry’s page shows', () => {
	const note = (title: string, body: number, lang = 'en') => ({ data: { title }, body: 'x'.repeat(body), lang });
	it('shows some in full, some by title, and sends the rest to the entry’s list of notes', async () => {
		const { notesOnPage, NOTE_TITLES } = await import('../../src/lib/routing/notes-on-page');
		const { NOTES_IN_FULL, PAGE_TEXT_IN_FULL } = await import('../../src/lib/routing/pagination');
		const few = [note('a', 200), note('b', 200)];
		expect(notesOnPage(few, 'short text', 'en')).toMatchObject({ full: few, titles: [], count: 2, elsewhere: false });
		const many = Array.from({ length: 40 }, (_, i) => note(`n${i}`, 200));
		const shown = notesOnPage(many, 'short text', 'en');
		expect(shown.full).toHaveLength(NOTES_IN_FULL);
		expect(shown.titles).toHaveLength(NOTE_TITLES);
		expect(shown.elsewhere).toBe(true);
		// A text that fills the page's budget leaves no room for notes, in full or by title.
		const long = notesOnPage(many, 'y'.repeat(PAGE_TEXT_IN_FULL), 'en');
		expect(long).toMatchObject({ full: [], titles: [], count: 40, elsewhere: true });
		// A note not in the page's language is listed by title, never shown in full.
		const english = notesOnPage([note('e', 100), note('r', 100, 'ru')], '', 'ru');
		expect(english.full.map((n) => n.data.title)).toEqual(['r']);
		expect(english.titles.map((n) => n.data.title)).toEqual(['e']);
	});
});
