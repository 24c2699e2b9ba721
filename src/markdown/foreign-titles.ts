import type { Element, Text } from 'hast';
import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import { DEFAULT_LOCALE } from '../lib/i18n/locales';
import { localeOfFile } from './file';

/** A quoted run of Latin-script text: a title or name kept in English, as printed. */
const QUOTED = /[“"]([^“”"\n]*\p{Script=Latin}[^“”"\n]*)[”"]/gu;
/** Russian or Chinese inside the quotes makes them a quotation in the page's own language. */
const OWN_SCRIPT = /[\p{Script=Cyrillic}\p{Script=Han}]/u;

/** The parts of a text: plain runs, and the quoted English runs to mark. */
export function foreignRuns(text: string): { text: string; english: boolean }[] {
	const runs: { text: string; english: boolean }[] = [];
	let at = 0;
	for (const match of text.matchAll(QUOTED)) {
		if (OWN_SCRIPT.test(match[1]!) || [...match[1]!.matchAll(/\p{Script=Latin}/gu)].length < 3) continue;
		if (match.index > at) runs.push({ text: text.slice(at, match.index), english: false });
		runs.push({ text: match[0], english: true });
		at = match.index + match[0].length;
	}
	if (at < text.length) runs.push({ text: text.slice(at), english: false });
	return runs;
}

/**
 * In a translation, the titles of works and the names a source's English prints stay in English,
 * in quotes ("SCO – a reliable barrier to terrorism" [«ШОС — …»]): each is marked `lang="en"`, so a
 * screen reader reads it as English and a browser hyphenates it as such.
 */
export function foreignTitles(options: { root: string }): HastPluginEntry {
	return (document) => {
		if (localeOfFile(document.fileURL, options.root) === DEFAULT_LOCALE) return defineHastPlugin({ name: 'foreign-titles' });
		return defineHastPlugin({
			name: 'foreign-titles',
			text(node: Readonly<Text>, ctx) {
				const runs = foreignRuns(node.value);
				if (!runs.some((r) => r.english)) return;
				ctx.replaceNode(
					node,
					runs.map((r): Text | Element =>
						r.english
							? { type: 'element', tagName: 'span', properties: { lang: 'en' }, children: [{ type: 'text', value: r.text }] }
							: { type: 'text', value: r.text },
					),
				);
			},
		});
	};
}
