// Modules that a Vite plugin of this project makes at build time.

/** The search box's strings by `lang` (src/integrations/search-strings.ts). */
declare module 'virtual:search-strings' {
	import type { SearchStrings } from './scripts/search-results';
	const byLang: Record<string, SearchStrings>;
	export default byLang;
}
