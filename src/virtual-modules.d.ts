// Modules that a Vite plugin of this project makes at build time.

/** The search box's strings in one edition's language (src/integrations/search-strings.ts). */
declare module 'virtual:search-strings/*' {
	import type { SearchStrings } from './scripts/search-results';
	const strings: SearchStrings;
	export default strings;
}
