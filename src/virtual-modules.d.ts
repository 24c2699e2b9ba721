// Modules that a Vite plugin of this project makes at build time.

/** The search box's strings by `lang` (src/integrations/search-strings.ts). */
declare module 'virtual:search-strings' {
	const byLang: Record<string, import('./scripts/search-results').SearchStrings>;
	export default byLang;
}
