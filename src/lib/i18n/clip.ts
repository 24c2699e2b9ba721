/**
 * A text cut to a preview's length: at a word boundary as the language segments words (Chinese
 * has no spaces; Intl.Segmenter finds its words), with an ellipsis, so that a list's weight is
 * bounded in bytes and not only by the number of its items.
 */
export function clipText(text: string, maxChars: number, lang: string): string {
	if (text.length <= maxChars || [...text].length <= maxChars) return text;
	let end = 0;
	let chars = 0;
	for (const { segment, index } of segmenter(lang).segment(text)) {
		// Characters are counted as code points, a word at a time, as the budget counts them.
		chars += [...segment].length;
		if (chars > maxChars - 1) break;
		end = index + segment.length;
	}
	// A word longer than the whole preview is cut where the preview ends.
	const cut = end > 0 ? text.slice(0, end) : [...text].slice(0, maxChars - 1).join('');
	return `${cut.replace(/[\s,;:.\-–—，、；：。]+$/u, '')}…`;
}

/** One word segmenter per language: making one costs more than segmenting a summary with it. */
const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(lang: string): Intl.Segmenter {
	let s = segmenters.get(lang);
	if (!s) segmenters.set(lang, (s = new Intl.Segmenter(lang, { granularity: 'word' })));
	return s;
}
