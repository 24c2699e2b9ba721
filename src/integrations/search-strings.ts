/**
 * The search box's strings, in every language, as a module of the search client's bundle
 * (`virtual:search-strings`): the client picks the page's language when it first runs, so no page
 * carries them. Only the few messages the box shows are taken from each dictionary.
 */
import type { Plugin } from 'vite';
import { EDITIONS, LOCALES, translator } from '../lib/i18n';
import type { SearchStrings } from '../scripts/search-results';

const ID = 'virtual:search-strings';

export function searchStrings(): Plugin {
	return {
		name: 'ct-reference:search-strings',
		resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
		load(id) {
			if (id !== `\0${ID}`) return undefined;
			const byLang = Object.fromEntries(
				LOCALES.map((locale) => {
					const t = translator(locale);
					const strings: SearchStrings = {
						loading: t('search.loading'),
						short: t('search.short'),
						results: t.raw('search.results') as SearchStrings['results'],
						none: t('search.none'),
						unavailable: t('search.unavailable'),
						showAll: t('search.showAll'),
					};
					return [EDITIONS[locale].lang, strings];
				}),
			);
			return `export default ${JSON.stringify(byLang)};`;
		},
	};
}
