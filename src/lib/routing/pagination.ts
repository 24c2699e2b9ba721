/**
 * Lists that grow with the content are cut into pages of a fixed size, so no page's weight grows
 * with the number of entries; lists inside another page show a fixed preview and link to the
 * whole list. Sizes are chosen so that today's lists fit on one page and look as they did, except
 * where a page near its weight budget needed a shorter preview (PREVIEW_SIZE).
 */

/** Items on one page of a list. */
export const PAGE_SIZE = 50;
/**
 * Events on one page of a timeline: fewer than other lists, since each has a summary and a mark
 * on the page's visual timeline. With 1,000 generated entries, fifty came to 15.7 KB gzip, and
 * forty to 14,362 B on a day templates kept their line breaks as spaces, over the 14 KiB budget.
 * Every edition pages alike, so that a page of a list has its counterparts: Russian summaries
 * weigh about a third more than English ones, and 32 of them came to 15.8 KB (docs/performance.md).
 */
export const TIMELINE_PAGE_SIZE = 24;
/**
 * Entries with summaries a page shows of a list that belongs to another page (an organization's
 * events). Six, not more: the fullest profiles (CIS ATC, RATS) are within 2 KiB of the page
 * budget on their own text, and once the preview fills with events whose summaries are near the
 * 280-character limit, twelve took the CIS ATC's page 451 B over it and eight 37 B over
 * (npm run bench:scale -- 10000); with six it is 172 B under. Five, since Russian profiles run
 * about a third heavier than English ones (docs/performance.md).
 */
export const PREVIEW_SIZE = 5;
/**
 * Editor's notes on one page of the list of notes: each is shown whole, about eight times the
 * weight of a line in another list. Fifty of them came to 20 KiB gzip, and twenty, once the
 * benchmark's notes filled the pages, to 14,590 B (npm run bench:scale -- 10000): fifteen.
 */
export const NOTES_PAGE_SIZE = 15;
/**
 * Characters of a summary a card shows in a list of PAGE_SIZE (the organizations, an
 * organization's events, what a section discusses): a summary may be 280 characters, which in
 * Russian weighs twice its English; cut, each card's weight is bounded, and the whole summary is on
 * the entry's page. With 10 % of 1,000 generated entries translated, a Russian list of a generated
 * organization's events came to 14,450 B uncut.
 */
export const CARD_SUMMARY_CHARS = 160;
/** Bare links a page shows of such a list (the sections that discuss an organization, the pages that cite a work). */
export const LINKS_PREVIEW_SIZE = 20;

export interface Page<T> {
	/** From 1. */
	number: number;
	/** How many pages the list has. */
	count: number;
	items: T[];
	/** Position of the first item in the whole list, from 1. */
	from: number;
	/** How many items the whole list has. */
	total: number;
}

/**
 * The pages of a list; an empty list has one empty page. Every page of a list asks for them, so
 * they are cut once per list (and size) and shared: callers only read them.
 */
export function paginate<T>(items: readonly T[], size = PAGE_SIZE): Page<T>[] {
	let bySize = cut.get(items);
	if (!bySize) cut.set(items, (bySize = new Map()));
	let pages = bySize.get(size) as Page<T>[] | undefined;
	if (!pages) {
		const count = pageCount(items.length, size);
		pages = Array.from({ length: count }, (_, i) => ({
			number: i + 1,
			count,
			items: items.slice(i * size, (i + 1) * size),
			from: i * size + 1,
			total: items.length,
		}));
		bySize.set(size, pages);
	}
	return pages;
}
const cut = new WeakMap<readonly unknown[], Map<number, Page<unknown>[]>>();

/**
 * Where each year of a paged timeline begins, in order: [year, page]. Every page of the timeline
 * shows this index, so it is worked out once per timeline.
 */
export function yearStarts<T>(pages: readonly Page<T>[], yearOf: (item: T) => number): [number, number][] {
	let starts = yearStartsOf.get(pages);
	if (!starts) {
		const first = new Map<number, number>();
		for (const page of pages) for (const item of page.items) if (!first.has(yearOf(item))) first.set(yearOf(item), page.number);
		yearStartsOf.set(pages, (starts = [...first]));
	}
	return starts;
}
const yearStartsOf = new WeakMap<readonly Page<unknown>[], [number, number][]>();

/** The page (from 1) that holds the item at `index` (from 0). */
export function pageOf(index: number, size = PAGE_SIZE): number {
	return Math.floor(index / size) + 1;
}

/** What a page shows of a list owned by another page, and whether there is more to link to. */
export function preview<T>(items: readonly T[], size = LINKS_PREVIEW_SIZE): { items: T[]; more: number } {
	return { items: items.slice(0, size), more: Math.max(0, items.length - size) };
}

/** How many pages a list of `length` items takes (at least one). */
export function pageCount(length: number, size = PAGE_SIZE): number {
	return Math.max(1, Math.ceil(length / size));
}

/** `getStaticPaths` params of the later pages of a list (page 1 is the list's own route). */
export function laterPages(length: number, size = PAGE_SIZE): { params: { n: string } }[] {
	return Array.from({ length: pageCount(length, size) - 1 }, (_, i) => ({ params: { n: String(i + 2) } }));
}

/**
 * `getStaticPaths` params of every page of a list, for a route file named `[...page].astro`:
 * page 1 at the list's own address, the later ones at `page/<n>/` (see src/lib/routing/routes.ts).
 */
export function allPages(length: number, size = PAGE_SIZE): { page: string | undefined; number: number }[] {
	return Array.from({ length: pageCount(length, size) }, (_, i) => ({ page: i === 0 ? undefined : `page/${i + 1}`, number: i + 1 }));
}

/** Editor's notes shown in full on a page they concern, at most; the rest are listed by title. */
export const NOTES_IN_FULL = 4;
/**
 * Bytes (UTF-8) of their Markdown that the notes shown in full on a page they concern may hold
 * between them: a page's weight is bounded by the notes' length, not only by their count, and
 * in bytes, since a Russian or Chinese note weighs about twice its English one per character.
 */
export const NOTES_TEXT_IN_FULL = 1600;
/**
 * Bytes of Markdown that a page's own text and the notes it shows in full may hold together: a
 * long text (a long section, in Russian) shows its notes by title only, so its page keeps to the
 * budget, and each note is read on its own page.
 */
export const PAGE_TEXT_IN_FULL = 9000;
/** Bytes of Markdown that the notes shown in full on one page of the list of notes may hold; the rest are listed by title (9,000 left the Chinese list 162 B under the budget). */
export const NOTES_LIST_TEXT_IN_FULL = 7000;

/** A text's length in UTF-8 bytes, the unit of the byte budgets above. */
export const utf8Length = (text: string) => new TextEncoder().encode(text).length;

/** The budget for the notes shown in full on a page whose own text is `pageText` bytes of Markdown. */
export const notesBudget = (pageText: number) => Math.min(NOTES_TEXT_IN_FULL, PAGE_TEXT_IN_FULL - pageText);

/**
 * How many of a list of notes, in order, are shown in full: the first always, if the budget leaves
 * room for any, then while the count and the bytes of their text allow.
 */
export function notesInFull<T>(
	notes: readonly T[],
	bytes: (note: T) => number,
	limits = { count: NOTES_IN_FULL, budget: NOTES_TEXT_IN_FULL },
): number {
	if (limits.budget <= 0) return 0;
	let used = 0;
	let count = 0;
	for (const note of notes.slice(0, limits.count)) {
		used += bytes(note);
		if (count > 0 && used > limits.budget) break;
		count++;
	}
	return count;
}
