/**
 * Search boxes: the drop-down in the header and the full search page. Pagefind (its code and its
 * index) is fetched on the first focus of a box, never on page load, so readers who do not search
 * pay nothing for it.
 */
import { NAME_FILTER, PANEL_RESULTS, searchKey } from '../lib/search-keys';
import { relativeUrl } from '../lib/urls';
import { loadPagefind, type Pagefind } from './pagefind-loader';

/** UI strings, passed in by the search box's markup (see SearchBox.astro). */
interface Strings {
	loading: string;
	results: string;
	one: string;
	none: string;
	unavailable: string;
	showAll: string;
}

function fill(template: string, vars: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

function stringsOf(form: HTMLFormElement): Strings {
	return JSON.parse(form.dataset['strings'] ?? '{}') as Strings;
}

/** Relative path from this page to the site's root folder, written by the layout. */
const root = document.documentElement.dataset['root'] ?? '';

/** A result's site-root URL made relative to this page, the way every other link is. */
function resultHref(url: string): string {
	return root + relativeUrl('index.html', url);
}

export interface SearchHit {
	url: string;
	title: string;
	kind: string;
	excerpt: string;
}

export async function search(
	pagefind: Pagefind,
	query: string,
	filters: Record<string, string> = {},
	limit = 8,
): Promise<{ total: number; hits: SearchHit[] }> {
	// Pages whose name is exactly the query come first; then Pagefind's ranking, without repeats.
	const key = searchKey(query);
	const [exact, ranked] = await Promise.all([
		key ? pagefind.search(null, { filters: { ...filters, [NAME_FILTER]: key } }) : null,
		pagefind.search(query, { filters }),
	]);
	const first = exact?.results ?? [];
	const seen = new Set(first.map((r) => r.id));
	const results = [...first, ...(ranked?.results ?? []).filter((r) => !seen.has(r.id))];
	if (results.length === 0) return { total: 0, hits: [] };
	const data = await Promise.all(results.slice(0, limit).map((r) => r.data()));
	return {
		total: results.length,
		hits: data.map((d) => ({ url: resultHref(d.url), title: d.meta['title'] ?? d.url, kind: d.meta['kind'] ?? '', excerpt: d.excerpt })),
	};
}

function renderHits(list: HTMLUListElement, hits: SearchHit[]) {
	list.replaceChildren(
		...hits.map((hit) => {
			const li = document.createElement('li');
			const a = document.createElement('a');
			a.className = 'search-result';
			a.href = hit.url;
			const kind = document.createElement('span');
			kind.className = 'search-result__kind';
			kind.textContent = hit.kind;
			const title = document.createElement('span');
			title.className = 'search-result__title';
			title.textContent = hit.title;
			const excerpt = document.createElement('span');
			excerpt.className = 'search-result__excerpt';
			// Pagefind escapes page text and adds only <mark> around matches.
			excerpt.innerHTML = hit.excerpt;
			a.append(kind, title, excerpt);
			li.append(a);
			return li;
		}),
	);
}

function statusText(strings: Strings, query: string, total: number): string {
	if (total === 0) return fill(strings.none, { query });
	if (total === 1) return fill(strings.one, { query });
	return fill(strings.results, { count: total, query });
}

function attachPanel(form: HTMLFormElement) {
	const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
	const panel = form.querySelector<HTMLElement>('.search-panel')!;
	const status = panel.querySelector<HTMLElement>('.search-status')!;
	const list = panel.querySelector<HTMLUListElement>('.search-results')!;
	const strings = stringsOf(form);
	let generation = 0;

	// The panel is announced through its status line (role=status); a plain search input may not
	// carry aria-expanded, so its state is the panel's visibility alone.
	const close = () => {
		panel.hidden = true;
	};
	const open = () => {
		panel.hidden = false;
	};

	const update = async () => {
		const query = input.value.trim();
		const mine = ++generation;
		if (!query) {
			close();
			return;
		}
		open();
		status.textContent = strings.loading;
		const pagefind = await loadPagefind(root);
		if (mine !== generation) return;
		if (!pagefind) {
			status.textContent = strings.unavailable;
			list.replaceChildren();
			return;
		}
		const { total, hits } = await search(pagefind, query, {}, PANEL_RESULTS);
		if (mine !== generation) return;
		status.textContent = statusText(strings, query, total);
		renderHits(list, hits);
		if (total > hits.length) {
			const li = document.createElement('li');
			const all = document.createElement('a');
			all.className = 'search-result';
			all.href = `${form.action}?q=${encodeURIComponent(query)}`;
			all.textContent = strings.showAll;
			li.append(all);
			list.append(li);
		}
	};

	input.addEventListener('focus', () => void loadPagefind(root), { once: true });
	input.addEventListener('input', () => void update());
	// This script arrives on the first focus of a search box: that focus, and anything typed
	// while the script was loading, happened before these listeners existed.
	if (document.activeElement === input) {
		void loadPagefind(root);
		if (input.value.trim()) void update();
	}
	input.addEventListener('keydown', (event) => {
		if (event.key === 'ArrowDown') {
			const first = list.querySelector<HTMLAnchorElement>('a');
			if (first && !panel.hidden) {
				event.preventDefault();
				first.focus();
			}
		} else if (event.key === 'Escape') {
			close();
		}
	});
	panel.addEventListener('keydown', (event) => {
		const links = [...list.querySelectorAll<HTMLAnchorElement>('a')];
		const at = links.indexOf(document.activeElement as HTMLAnchorElement);
		if (event.key === 'ArrowDown' && at < links.length - 1) {
			event.preventDefault();
			links[at + 1]!.focus();
		} else if (event.key === 'ArrowUp') {
			event.preventDefault();
			(at > 0 ? links[at - 1]! : input).focus();
		} else if (event.key === 'Escape') {
			close();
			input.focus();
		}
	});
	form.addEventListener('focusout', (event) => {
		if (!form.contains(event.relatedTarget as Node | null)) close();
	});
}

function attachPage(form: HTMLFormElement) {
	const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
	const status = document.getElementById(`${input.id}-status`)!;
	const list = document.getElementById(`${input.id}-results`) as HTMLUListElement;
	const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
	const strings = stringsOf(form);
	// Each run checks, after every wait, that no newer run has started: a slow answer to an older
	// query or filter must never replace a newer one.
	let generation = 0;
	const run = async () => {
		const mine = ++generation;
		const query = input.value.trim();
		const filters = Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.dataset['filter']!, s.value]));
		const url = new URL(location.href);
		if (query) url.searchParams.set('q', query);
		else url.searchParams.delete('q');
		// Keeps the query in the address for sharing; a page opened from disk may not change its URL.
		try {
			history.replaceState(null, '', url);
		} catch {
			/* file:// */
		}
		if (!query) {
			status.textContent = '';
			list.replaceChildren();
			return;
		}
		const pagefind = await loadPagefind(root);
		if (mine !== generation) return;
		if (!pagefind) {
			status.textContent = strings.unavailable;
			return;
		}
		const { total, hits } = await search(pagefind, query, filters, 50);
		if (mine !== generation) return;
		status.textContent = statusText(strings, query, total);
		renderHits(list, hits);
	};

	// Fill the filter menus from the index, so they list only values that exist.
	void loadPagefind(root).then(async (pagefind) => {
		if (!pagefind) return;
		const available = await pagefind.filters();
		for (const select of selects) {
			const values = Object.keys(available[select.dataset['filter']!] ?? {}).sort((a, b) =>
				select.dataset['filter'] === 'year' ? Number(b) - Number(a) : a.localeCompare(b),
			);
			for (const value of values) select.append(new Option(value, value));
		}
	});

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		void run();
	});
	input.addEventListener('input', () => void run());
	for (const select of selects) select.addEventListener('change', () => void run());
	const initial = new URL(location.href).searchParams.get('q');
	if (initial) {
		input.value = initial;
		void run();
	}
}

export function attachSearchBoxes() {
	for (const form of document.querySelectorAll<HTMLFormElement>('form[data-search]')) {
		if (form.dataset['search'] === 'page') attachPage(form);
		else attachPanel(form);
	}
}
