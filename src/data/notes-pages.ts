/**
 * Which entries get a page listing all the editor's notes on them: those whose own page shows only
 * some, in any edition (src/lib/routing/notes-on-page.ts decides, for both). A page and its
 * counterparts in the other editions exist together, though a longer translation may leave room
 * for fewer notes than the English, so that the pages' language links always lead somewhere. For
 * the `getStaticPaths` of the five list pages, one per kind of entry.
 */
import { site, type SiteData } from './site';
import { LOCALES, translator } from '../lib/i18n';
import { notesOnPage } from '../lib/routing/notes-on-page';
import { allPages } from '../lib/routing/pagination';
import type { NotedCollection } from '../lib/routing/routes';

/** An entry as its edition shows it: its text decides how many notes its page has room for. */
interface Noted {
	id: string;
	body?: string | undefined;
}

const needed = new Map<NotedCollection, Promise<Set<string>>>();

/** The entries of a collection whose page, in some edition, does not show all their notes. */
function needingList(collection: NotedCollection, entriesOf: (s: SiteData) => readonly Noted[]): Promise<Set<string>> {
	let ids = needed.get(collection);
	if (!ids) {
		ids = Promise.all(LOCALES.map((locale) => site(locale))).then((editions) => {
			const out = new Set<string>();
			for (const s of editions) {
				const { lang } = translator(s.locale);
				for (const entry of entriesOf(s)) {
					if (!s.hasPage(collection, entry.id)) continue;
					const notes = s.notesByConcern.get(`${collection}:${entry.id}`) ?? [];
					if (notesOnPage(notes, entry.body ?? '', lang).elsewhere) out.add(entry.id);
				}
			}
			return out;
		});
		needed.set(collection, ids);
	}
	return ids;
}

/** The pages of the list of notes on each entry of a collection that needs one, in edition `s`, with the entry. */
export async function notesPages<E extends Noted>(s: SiteData, collection: NotedCollection, entriesOf: (s: SiteData) => readonly E[]) {
	const needing = await needingList(collection, entriesOf);
	return entriesOf(s).flatMap((entry) => {
		if (!s.hasPage(collection, entry.id) || !needing.has(entry.id)) return [];
		const count = s.notesByConcern.get(`${collection}:${entry.id}`)?.length ?? 0;
		return allPages(count).map(({ page, number }) => ({ entry, page, number }));
	});
}
