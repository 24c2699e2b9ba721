/**
 * What an entry's page shows of the editor's notes that concern it: the first in full, then some by
 * title, as its byte budgets allow, so that neither a long text nor many notes take the page over
 * its weight. Whatever is neither shown nor listed is on the entry's page of notes, which the
 * page links to: the pages that exist and the links to them are decided here, once.
 */
import { NOTES_IN_FULL, PAGE_TEXT_IN_FULL, notesBudget, notesInFull, utf8Length } from './pagination';

/** Editor's notes a page lists by title after those it shows in full, at most. */
export const NOTE_TITLES = 5;
/** Bytes a title's line takes beside the title: its link, its kind, the list's markup. */
const TITLE_LINE = 120;

/** What this needs of a note as an edition shows it. */
export interface ShownNote {
	body?: string | undefined;
	data: { title: string };
	/** The language of its text: only a note in the page's language is shown in full. */
	lang: string;
}

export interface NotesOnPage<T> {
	full: T[];
	titles: T[];
	/** How many notes concern the page. */
	count: number;
	/** Some are neither shown nor listed: the page links to the entry's page of notes. */
	elsewhere: boolean;
}

/**
 * The notes of a page whose own text is `text` (its Markdown) in the language `lang`: in full while
 * the notes' budget lasts (notesBudget), then titles while the page's text budget
 * (PAGE_TEXT_IN_FULL) has room for them, NOTE_TITLES at most.
 */
export function notesOnPage<T extends ShownNote>(notes: readonly T[], text: string, lang: string): NotesOnPage<T> {
	const readable = notes.filter((note) => note.lang === lang);
	const textBytes = utf8Length(text);
	const body = (note: T) => utf8Length(note.body ?? '');
	const full = readable.slice(0, notesInFull(readable, body, { count: NOTES_IN_FULL, budget: notesBudget(textBytes) }));
	const rest = notes.filter((note) => !full.includes(note));
	let room = PAGE_TEXT_IN_FULL - textBytes - full.reduce((sum, note) => sum + body(note), 0);
	const titles: T[] = [];
	for (const note of rest.slice(0, NOTE_TITLES)) {
		room -= utf8Length(note.data.title) + TITLE_LINE;
		if (room < 0) break;
		titles.push(note);
	}
	return { full, titles, count: notes.length, elsewhere: titles.length < rest.length };
}
