/**
 * Formatting of bibliography entries: the short form used in notes ("Chen and Wang 2023") and the
 * sort order of the list. Works on plain data so that both pages and the Markdown plugin use it.
 */

export type Name = { family: string; given?: string | undefined } | { literal: string };

export interface CitableWork {
	author: Name[];
	issued?: number | undefined;
	title: string;
}

function familyOf(name: Name): string {
	return 'literal' in name ? name.literal : name.family;
}

export function authorList(names: Name[]): string {
	const families = names.map(familyOf);
	if (families.length <= 2) return families.join(' and ');
	return `${families[0]} et al.`;
}

/** The form used in footnotes: authors and year, or the title where a work has no author. */
export function shortLabel(work: CitableWork): string {
	const who = work.author.length > 0 ? authorList(work.author) : `“${truncate(work.title, 60)}”`;
	return work.issued ? `${who} ${work.issued}` : who;
}

/** Full name as a bibliography prints it: "Ma, Zhenggang". */
export function invertedName(name: Name): string {
	if ('literal' in name) return name.literal;
	return name.given ? `${name.family}, ${name.given}` : name.family;
}

function truncate(text: string, max: number): string {
	if (text.length <= max) return text;
	return `${text.slice(0, text.lastIndexOf(' ', max - 1))}…`;
}
