/**
 * The search page: the full result list with filters, and the query kept in the address so a
 * search can be shared (where the browser lets a page change its address; not from disk).
 */
import { loadPagefind } from './pagefind-loader';
import { root, search } from './search-query';
import { typedQuery } from '../lib/search/keys';
import { renderHits, settle, shortText, statusText, type SearchEdition } from './search-results';

export function attachPage(form: HTMLFormElement, edition: SearchEdition) {
	const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
	const status = document.getElementById(`${input.id}-status`)!;
	const list = document.getElementById(`${input.id}-results`) as HTMLUListElement;
	const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
	const { strings } = edition;
	// Each run checks, after every wait, that no newer run has started: a slow answer to an older
	// query or filter must never replace a newer one.
	let generation = 0;
	// While the reader types, a last letter on its own waits for the next (typedQuery); a query
	// submitted, shared in the address or filtered is searched as written.
	const run = async (typing = false) => {
		const mine = ++generation;
		const text = input.value.trim();
		const typed = typing ? typedQuery(text) : text ? { query: text, exact: false } : null;
		const filters = Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.dataset['filter']!, s.value]));
		const url = new URL(location.href);
		if (text) url.searchParams.set('q', text);
		else url.searchParams.delete('q');
		// Keeps the query in the address for sharing; a page opened from disk may not change its URL.
		try {
			history.replaceState(null, '', url);
		} catch {
			/* file:// */
		}
		if (!typed) {
			settle(status, text ? shortText(strings, text) : '', text);
			list.replaceChildren();
			return;
		}
		const pagefind = await loadPagefind(root);
		if (mine !== generation) return;
		if (!pagefind) {
			settle(status, strings.unavailable, text);
			return;
		}
		const { total, hits } = await search(pagefind, typed, filters, 50, edition.indexQuery);
		if (mine !== generation) return;
		settle(status, statusText(strings, text, typed, total), text);
		renderHits(list, hits);
	};

	// Fill the filter menus from the index, so they list only values that exist. Pagefind's list
	// of filters loads every filter file, the best-bet name filters among them, so it waits until
	// the first results are shown: a reader's first query does not pay for it.
	const fillMenus = async () => {
		const pagefind = await loadPagefind(root);
		if (!pagefind) return;
		const available = await pagefind.filters();
		for (const select of selects) {
			const values = Object.keys(available[select.dataset['filter']!] ?? {}).sort((a, b) =>
				select.dataset['filter'] === 'year' ? Number(b) - Number(a) : a.localeCompare(b),
			);
			for (const value of values) select.append(new Option(value, value));
		}
	};

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		void run();
	});
	input.addEventListener('input', () => void run(true));
	for (const select of selects) select.addEventListener('change', () => void run());
	const initial = new URL(location.href).searchParams.get('q');
	if (initial) input.value = initial;
	void (initial ? run() : Promise.resolve()).then(fillMenus);
}
