/**
 * The header's search box: results in a drop-down panel as the reader types, reachable with the
 * arrow keys and closed with Escape. Pagefind is fetched on the box's first focus, never on load.
 */
import { PANEL_RESULTS, typedQuery } from '../lib/search/keys';
import { loadPagefind } from './pagefind-loader';
import { root, search } from './search-query';
import { renderHits, settle, shortText, statusText, type SearchEdition } from './search-results';

export function attachPanel(form: HTMLFormElement, edition: SearchEdition) {
	const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
	const panel = form.querySelector<HTMLElement>('.search-panel')!;
	const status = panel.querySelector<HTMLElement>('.search-status')!;
	const list = panel.querySelector<HTMLUListElement>('.search-results')!;
	const { strings } = edition;
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
		const text = input.value.trim();
		const typed = typedQuery(text);
		const mine = ++generation;
		if (!text) {
			close();
			return;
		}
		open();
		if (!typed) {
			settle(status, shortText(strings, text), text);
			list.replaceChildren();
			return;
		}
		status.textContent = strings.loading;
		const pagefind = await loadPagefind(root);
		if (mine !== generation) return;
		if (!pagefind) {
			settle(status, strings.unavailable, text);
			list.replaceChildren();
			return;
		}
		const { total, hits } = await search(pagefind, typed, {}, PANEL_RESULTS, edition.indexQuery);
		if (mine !== generation) return;
		settle(status, statusText(strings, text, typed, total), text);
		renderHits(list, hits);
		if (total > hits.length) {
			const li = document.createElement('li');
			const all = document.createElement('a');
			all.className = 'search-result';
			all.href = `${form.action}?q=${encodeURIComponent(text)}`;
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
