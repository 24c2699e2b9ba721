// The search client, bundled by Vite as one classic script (see src/layouts/Base.astro): module
// scripts do not run on pages opened from disk. The inline bootstrap loads it on first use.
import { attachPage } from './search-page';
import { attachPanel } from './search-panel';

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-search]')) {
	if (form.dataset['search'] === 'page') attachPage(form);
	else attachPanel(form);
}
