import type { APIRoute } from 'astro';
import { site } from '../data/site';
import { lastChangedAt } from '../io/git-history';
import { atomFeed, type FeedEntry } from '../lib/publish/atom';
import { DEFAULT_LOCALE, translator } from '../lib/i18n';
import { absoluteUrl } from '../lib/routing/urls';
import type { Route } from '../lib/routing/routes';

export const GET: APIRoute = async ({ site: address }) => {
	const t = translator(DEFAULT_LOCALE);
	const { sections, organizations, events, notes, sources } = await site();
	const base = address ?? new URL('http://localhost/');
	const entries: FeedEntry[] = [];
	const add = (file: string | undefined, route: Route, title: string, summary: string) => {
		const updated = file ? lastChangedAt(file) : undefined;
		if (updated) entries.push({ title, url: absoluteUrl(base, route), updated, summary });
	};
	for (const s of sections) add(s.filePath, { to: 'section', id: s.id }, s.data.title, s.data.summary);
	for (const o of organizations) add(o.filePath, { to: 'organization', id: o.id }, o.data.name, o.data.summary);
	for (const e of events) add(e.filePath, { to: 'event', id: e.id }, e.data.title, e.data.summary);
	for (const n of notes) add(n.filePath, { to: 'note', id: n.id }, n.data.title, `${t('editorNote.label')}: ${n.data.title}`);
	const xml = atomFeed(
		{
			title: t('site.title'),
			url: absoluteUrl(base, { to: 'home' }),
			self: new URL('feed.xml', absoluteUrl(base, { to: 'home' })).href,
			author: t('site.title'),
			fallback: sources.map((s) => s.data.published).at(-1)!,
		},
		entries,
	);
	return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
