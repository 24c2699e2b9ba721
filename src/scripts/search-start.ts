// The search client, bundled by Vite as one classic script per edition (see src/layouts/Base.astro
// and src/scripts/search-client-*.ts): module scripts do not run on pages opened from disk. The
// inline bootstrap loads it on first use.
import { attachPage } from './search-page';
import { attachPanel } from './search-panel';
import type { SearchEdition } from './search-results';

export function startSearch(edition: SearchEdition) {
	for (const form of document.querySelectorAll<HTMLFormElement>('form[data-search]')) {
		if (form.dataset['search'] === 'page') attachPage(form, edition);
		else attachPanel(form, edition);
	}
}
