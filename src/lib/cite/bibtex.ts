/**
 * BibTeX as biblatex (biber), pandoc and classic BibTeX read it. citation-js maps CSL to
 * biblatex entries and escapes every value; what it leaves for the reader's tools to trip on is
 * settled here, entry by entry, before the entries are written out:
 * - a title whose first word (or first word after a colon) is an acronym is braced there too,
 *   since BibTeX styles lower-case all but that first letter ("SCO" → "Sco");
 * - a newspaper article is `@article` with `entrysubtype = {newspaper}` (pandoc then reads it as a
 *   newspaper article, full date and all), or `@online` where the outlet is not known;
 * - a web page's site is its `organization`, biblatex's field for it (citation-js writes
 *   `booktitle`, which @online does not have); a law read on a web page is such a page too, as
 *   the standard data model has no type for legislation;
 * - the ISO `date` gets classic `year` and `month` (a macro) beside it, which biber accepts and
 *   BibTeX styles print;
 * - the work's language is a `langid` (babel's name: "russian"), not the bare code;
 * - the journal is `journal`, the name BibTeX reads and biber takes as `journaltitle`, and an
 *   unsigned work has a `key` (its title) to be sorted by.
 */
import type { CslItem } from './csl';

const LANGUAGE_NAMES = new Intl.DisplayNames('en', { type: 'language' });

/** An entry as citation-js's biblatex output gives it: every value already escaped for BibTeX. */
export interface BibEntry {
	type: string;
	label: string;
	properties: Record<string, string>;
}

const isAcronym = (word: string) => [...word].length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();

/** Made once: making a segmenter costs more than segmenting a title with it. */
const WORDS = new Intl.Segmenter('en', { granularity: 'word' });

/**
 * Marks as case-protected (CSL's `<span class="nocase">`) each acronym that opens a title or a
 * part of it after a colon: those are the words citation-js leaves unbraced.
 */
export function protectOpeningAcronyms(title: string): string {
	let out = '';
	let opening = true;
	for (const { segment, isWordLike } of WORDS.segment(title)) {
		if (isWordLike) {
			out += opening && isAcronym(segment) ? `<span class="nocase">${segment}</span>` : segment;
			opening = false;
		} else {
			out += segment;
			if (segment.includes(':')) opening = true;
		}
	}
	return out;
}

/** The entry with the fixes above; `item` is the CSL item it was made from. */
export function settleEntry(entry: BibEntry, item: CslItem): BibEntry {
	let type = entry.type;
	const { booktitle, ...properties } = entry.properties;
	if (item.type === 'article-newspaper') {
		if (properties['journaltitle']) properties['entrysubtype'] = 'newspaper';
		else type = 'online';
	}
	if (type === 'legislation') type = 'online';
	if (booktitle !== undefined) {
		if (type === 'online') properties['organization'] = booktitle;
		else properties['booktitle'] = booktitle;
	}
	// biblatex's `language` is printed as written ("ru"); `langid`, a babel language name, is what
	// sets the entry's hyphenation and case rules, and tells pandoc not to title-case it.
	const language = properties['language'];
	if (language !== undefined) {
		delete properties['language'];
		properties['langid'] = LANGUAGE_NAMES.of(language)?.toLowerCase() ?? language;
	}
	// Classic BibTeX reads only `journal`, which biber takes as the alias of `journaltitle`.
	const journal = properties['journaltitle'];
	if (journal !== undefined) {
		delete properties['journaltitle'];
		properties['journal'] = journal;
	}
	// An unsigned work sorts by its title: BibTeX styles need `key` for that, biblatex accepts it.
	if (!properties['author'] && !properties['editor']) properties['key'] = properties['title'] ?? entry.label;
	const [year, month] = item.issued?.['date-parts'][0] ?? [];
	if (year !== undefined) properties['year'] = String(year);
	if (month !== undefined) properties['month'] = MONTHS[month - 1]!;
	return { ...entry, type, properties };
}

/**
 * BibTeX's month macros: written bare (`month = sep`), BibTeX styles print the month's name and
 * biber reads the number, where a braced value would be printed as it stands.
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Entries as a .bib file: one field a line, in the order given; the month as its macro. */
export function writeBib(entries: BibEntry[]): string {
	const value = (field: string, text: string) => (field === 'month' && MONTHS.includes(text) ? text : `{${text}}`);
	return entries
		.map(({ type, label, properties }) =>
			[`@${type}{${label},`, ...Object.entries(properties).map(([field, text]) => `\t${field} = ${value(field, text)},`), '}'].join('\n'),
		)
		.join('\n\n')
		.concat('\n');
}
