/** How results are shown: the list of hits and the status line, with the box's own UI strings. */
import { fill, pluralForm, type PluralMessage } from '../lib/i18n/messages';
import type { TypedQuery } from '../lib/search/keys';
import type { SearchHit } from './search-query';

/** The search box's UI strings in one language (src/integrations/search-strings.ts). */
export interface SearchStrings {
	loading: string;
	/** Shown for text that is not searched yet (src/lib/search/keys.ts, typedQuery). */
	short: string;
	/** "{count} results for …", in the forms the page's language counts with. */
	results: PluralMessage;
	none: string;
	unavailable: string;
	showAll: string;
}

type Strings = SearchStrings;

/** What differs between the editions' search clients: the box's strings, and how a query is put to the index. */
export interface SearchEdition {
	strings: SearchStrings;
	/** The query as Pagefind is given it (src/lib/search/russian-stem.ts for Russian). */
	indexQuery: (query: string) => string;
}

const lang = () => document.documentElement.lang;

/** The status line for text that is too short to search. */
export function shortText(strings: Strings, text: string): string {
	return fill(strings.short, { query: text });
}

/** The status line for `text` as typed, searched as `typed`. */
export function statusText(strings: Strings, text: string, { query, exact }: TypedQuery, total: number): string {
	// Two or three letters that name no entry are the start of a word: keep typing.
	if (exact && total === 0) return shortText(strings, text);
	if (total === 0) return fill(strings.none, { query });
	const numbers = new Intl.NumberFormat(lang(), { useGrouping: 'min2' });
	return fill(pluralForm(strings.results, total, new Intl.PluralRules(lang())), { count: total, query }, (n) => numbers.format(n));
}

function span(className: string, text: string): HTMLSpanElement {
	const element = document.createElement('span');
	element.className = className;
	element.textContent = text;
	return element;
}

export function renderHits(list: HTMLUListElement, hits: SearchHit[]) {
	list.replaceChildren(
		...hits.map((hit) => {
			const li = document.createElement('li');
			const a = document.createElement('a');
			a.className = 'search-result';
			a.href = hit.url;
			const excerpt = span('search-result__excerpt', '');
			// Pagefind escapes page text and adds only <mark> around matches.
			excerpt.innerHTML = hit.excerpt;
			a.append(span('search-result__kind', hit.kind), span('search-result__title', hit.title), excerpt);
			li.append(a);
			return li;
		}),
	);
}

/** Shows a status line, and records which text it answers (tests wait for it). */
export function settle(status: HTMLElement, line: string, text: string) {
	status.textContent = line;
	status.dataset['query'] = text;
}
