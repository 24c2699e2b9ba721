/**
 * Each edition's Atom feed of recently changed entries: English lists every entry, dated by its
 * file's last commit; another edition lists its translations, dated by theirs.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { forEditions, site } from '../../data/site';
import { lastChangedAt } from '../../io/git-history';
import { atomFeed, type FeedEntry } from '../../lib/publish/atom';
import { localeOfPath, translator } from '../../lib/i18n';
import { editionPath } from '../../lib/routing/editions';
import { absoluteUrl } from '../../lib/routing/urls';
import type { Route } from '../../lib/routing/routes';

export const getStaticPaths = (() => forEditions(() => [{ params: {} }])) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site: address, url }) => {
	const t = translator(localeOfPath(url.pathname));
	const { sections, organizations, events, notes, sources } = await site(t.locale);
	const base = address ?? new URL('http://localhost/');
	const at = (route: Route) => absoluteUrl(base, route, editionPath(route, t.locale));
	const entries: FeedEntry[] = [];
	const add = (
		entry: { filePath?: string | undefined; lang: string; translation?: { filePath?: string | undefined } | undefined },
		route: Route,
		title: string,
		summary: string,
	) => {
		// An untranslated entry has no page in this edition, so it is not this edition's news.
		if (entry.lang !== t.lang) return;
		const file = entry.translation?.filePath ?? entry.filePath;
		const updated = file ? lastChangedAt(file) : undefined;
		if (updated) entries.push({ title, url: at(route), updated, summary });
	};
	for (const s of sections) add(s, { to: 'section', id: s.id }, s.data.title, s.data.summary);
	for (const o of organizations) add(o, { to: 'organization', id: o.id }, o.data.name, o.data.summary);
	for (const e of events) add(e, { to: 'event', id: e.id }, e.data.title, e.data.summary);
	for (const n of notes) add(n, { to: 'note', id: n.id }, n.data.title, t('feed.noteSummary', { title: n.data.title }));
	const home = at({ to: 'home' });
	const xml = atomFeed(
		{
			title: t('site.title'),
			url: home,
			self: new URL('feed.xml', home).href,
			author: t('site.title'),
			fallback: sources.map((s) => s.data.published).at(-1)!,
			lang: t.lang,
		},
		entries,
	);
	return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
