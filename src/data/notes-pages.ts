/**
 * The pages listing all the editor's notes on an entry: which entries get one, and what each page
 * shows of its entry (name, trail, address). An entry gets one where its own page shows only some
 * of its notes, in any edition (src/lib/routing/notes-on-page.ts decides, for both): a page and
 * its counterparts in the other editions exist together, though a longer translation may leave
 * room for fewer notes than the English, so that the pages' language links always lead somewhere.
 * The five route files, one per kind of entry, take their `getStaticPaths` from here.
 */
import { forEditions, site, type SiteData } from './site';
import { LOCALES, translator, type Translator } from '../lib/i18n';
import { shortLabel, sourceWork } from '../lib/model/works';
import { notesOnPage } from '../lib/routing/notes-on-page';
import type { Crumb } from '../lib/routing/page-frame';
import { allPages } from '../lib/routing/pagination';
import type { NotedCollection } from '../lib/routing/routes';

/** What a list of notes needs of its entry. */
interface Noted {
	id: string;
	/** The entry's text as its edition shows it: its length decides how many notes its page has room for. */
	body?: string | undefined;
	/** The short name or title the list's heading names it by. */
	name: string;
	/** The trail to the entry's page, the entry's page last. */
	parent: Crumb[];
	/** The route parameters of the entry's folder. */
	params: Record<string, string>;
}

/** Each kind of entry as the lists of notes name and place it. */
const ENTRIES: Record<NotedCollection, (s: SiteData, t: Translator) => Noted[]> = {
	sources: (s, t) =>
		s.sources.map((source) => {
			const name = shortLabel(sourceWork(source.data));
			const parent = [
				{ label: t('sources.title'), route: { to: 'sources' } },
				{ label: name, route: { to: 'source', id: source.id } },
			] satisfies Crumb[];
			return { id: source.id, body: source.body, name, parent, params: { source: source.id } };
		}),
	sections: (s, t) =>
		s.sections.map((section) => {
			const source = s.sourceOf(section);
			const parent = [
				{ label: t('sources.title'), route: { to: 'sources' } },
				{ label: shortLabel(sourceWork(source.data)), route: { to: 'source', id: source.id } },
				{ label: section.data.title, route: { to: 'section', id: section.id } },
			] satisfies Crumb[];
			const params = { source: source.id, section: section.id.slice(source.id.length + 1) };
			return { id: section.id, body: section.body, name: section.data.title, parent, params };
		}),
	organizations: (s, t) =>
		s.organizations.map((org) => {
			const name = org.data.shortName ?? org.data.name;
			const parent = [
				{ label: t('organizations.title'), route: { to: 'organizations' } },
				{ label: name, route: { to: 'organization', id: org.id } },
			] satisfies Crumb[];
			return { id: org.id, body: org.body, name, parent, params: { id: org.id } };
		}),
	events: (s, t) =>
		s.events.map((event) => {
			const parent = [
				{ label: t('events.title'), route: { to: 'events' } },
				{ label: event.data.title, route: { to: 'event', id: event.id } },
			] satisfies Crumb[];
			return { id: event.id, body: event.body, name: event.data.title, parent, params: { id: event.id } };
		}),
	documents: (s, t) =>
		s.documents.map((doc) => {
			const parent = [
				{ label: t('documents.title'), route: { to: 'documents' } },
				{ label: doc.data.title, route: { to: 'document', id: doc.id } },
			] satisfies Crumb[];
			return { id: doc.id, body: doc.body, name: doc.data.title, parent, params: { id: doc.id } };
		}),
};

const needed = new Map<NotedCollection, Promise<Set<string>>>();

/** The entries of a collection whose page, in some edition, does not show all their notes. */
function needingList(collection: NotedCollection): Promise<Set<string>> {
	let ids = needed.get(collection);
	if (!ids) {
		ids = Promise.all(LOCALES.map((locale) => site(locale))).then((editions) => {
			const out = new Set<string>();
			for (const s of editions) {
				const t = translator(s.locale);
				for (const entry of ENTRIES[collection](s, t)) {
					if (!s.hasPage(collection, entry.id)) continue;
					const notes = s.notesByConcern.get(`${collection}:${entry.id}`) ?? [];
					if (notesOnPage(notes, entry.body ?? '', t.lang).elsewhere) out.add(entry.id);
				}
			}
			return out;
		});
		needed.set(collection, ids);
	}
	return ids;
}

/** The `getStaticPaths` of the lists of notes on a collection's entries, in every edition. */
export function notesPaths(collection: NotedCollection) {
	return forEditions(async (s) => {
		const needing = await needingList(collection);
		return ENTRIES[collection](s, translator(s.locale)).flatMap((entry) => {
			if (!s.hasPage(collection, entry.id) || !needing.has(entry.id)) return [];
			const count = s.notesByConcern.get(`${collection}:${entry.id}`)?.length ?? 0;
			const { id, name, parent } = entry;
			return allPages(count).map(({ page, number }) => ({
				params: { ...entry.params, page },
				props: { collection, id, name, parent, number },
			}));
		});
	});
}
