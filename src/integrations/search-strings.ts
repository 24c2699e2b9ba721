/**
 * The search box's strings in one language, as a module of that edition's search client
 * (`virtual:search-strings/<locale>`): no page carries them, and each edition's client carries
 * only its own. Only the few messages the box shows are taken from the dictionary.
 */
import type { Plugin } from 'vite';
import { isLocale, translator } from '../lib/i18n';
import type { SearchStrings } from '../scripts/search-results';

const PREFIX = 'virtual:search-strings/';

export function searchStrings(): Plugin {
	return {
		name: 'ct-reference:search-strings',
		resolveId: (id) => (id.startsWith(PREFIX) ? `\0${id}` : undefined),
		load(id) {
			if (!id.startsWith(`\0${PREFIX}`)) return undefined;
			const locale = id.slice(PREFIX.length + 1);
			if (!isLocale(locale)) throw new Error(`${id}: no edition "${locale}"`);
			const t = translator(locale);
			const strings: SearchStrings = {
				loading: t('search.loading'),
				short: t('search.short'),
				results: t.raw('search.results') as SearchStrings['results'],
				none: t('search.none'),
				unavailable: t('search.unavailable'),
				showAll: t('search.showAll'),
			};
			return `export default ${JSON.stringify(strings)};`;
		},
	};
}
