/** Phrases made of data and a whole message, never of fragments. */
import type { Translator } from './translator';

/** "two 2025 articles", «две статьи 2025 года»: the sources, counted, for running text. */
export function sourcesPhrase(t: Translator, years: number[]): string {
	const low = Math.min(...years);
	const high = Math.max(...years);
	// Years are written without grouping: "2025", not "2,025".
	return low === high
		? t('sources.phrase.year', { count: years.length, years: String(low) })
		: t('sources.phrase.span', { count: years.length, years: `${low}–${high}` });
}
