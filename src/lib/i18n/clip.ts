/**
 * A text cut to a preview's length: at a word boundary as the language segments words (Chinese
 * has no spaces; Intl.Segmenter finds its words), with an ellipsis, so that a list's weight is
 * bounded in bytes and not only by the number of its items.
 */
export function clipText(text: string, maxChars: number, lang: string): string {
	if ([...text].length <= maxChars) return text;
	let end = 0;
	for (const { segment, index } of new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)) {
		if ([...text.slice(0, index + segment.length)].length > maxChars - 1) break;
		end = index + segment.length;
	}
	// A word longer than the whole preview is cut where the preview ends.
	const cut = end > 0 ? text.slice(0, end) : [...text].slice(0, maxChars - 1).join('');
	return `${cut.replace(/[\s,;:.\-–—，、；：。]+$/u, '')}…`;
}
