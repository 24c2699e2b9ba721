import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { toText } from 'hast-util-to-text';
import { SKIP, visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { builtPages, readPage } from '../helpers/site';

// Astro 7 compresses templates by JSX rules: a line break between a word and an element is
// dropped, so "groups and⏎<a>documents</a>" prints "groups anddocuments". Every page is read as a
// tree and each boundary between a link (or other inline element) and its neighbours is checked.

/** Inline elements, whose text reads as part of the sentence around them. */
const INLINE = new Set(['a', 'abbr', 'cite', 'code', 'em', 'i', 'b', 'q', 'span', 'strong', 'time']);
/**
 * The parts of a table, which Pagefind reads with no break between them: a caption ending "them"
 * and a header row "State", "Status" were indexed as one word, "themstatestatus…". Checked where
 * Pagefind reads (`data-pagefind-body`).
 */
const TABLE = new Set(['caption', 'thead', 'tbody', 'tr', 'th', 'td']);
const WORD = /[\p{L}\p{N}]/u;
/** Scripts written without spaces between words: Chinese runs into a link, or into Latin, as printed. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

const textOf = (node: ElementContent): string => (node.type === 'text' ? node.value : node.type === 'element' ? toString(node) : '');
const joinsIn = (kinds: Set<string>) => (node: ElementContent) =>
	node.type === 'text' || (node.type === 'element' && kinds.has(node.tagName));

/** Each place in a tree where a word runs into a link's (or inline element's) text, with both sides. */
export function runTogether(tree: Root | Element, kinds: Set<string> = INLINE): string[] {
	const joins = joinsIn(kinds);
	const found: string[] = [];
	visit(tree, 'element', (parent: Element) => {
		if (kinds === TABLE && parent.properties['dataPagefindIgnore'] !== undefined) return SKIP;
		const kids = parent.children;
		for (let i = 0; i + 1 < kids.length; i++) {
			const [left, right] = [kids[i]!, kids[i + 1]!];
			if (!joins(left) || !joins(right) || (left.type === 'text' && right.type === 'text')) continue;
			// What Pagefind is told to skip is not read into the index.
			if (kinds === TABLE && [left, right].some((n) => n.type === 'element' && n.properties['dataPagefindIgnore'] !== undefined)) continue;
			const before = textOf(left);
			const after = textOf(right);
			const [last, first] = [before.at(-1) ?? '', after[0] ?? ''];
			if (WORD.test(last) && WORD.test(first) && !UNSPACED.test(last) && !UNSPACED.test(first))
				found.push(`${before.slice(-30)}|${after.slice(0, 30)}`);
			// The other way round: a line break in the template kept as a space before punctuation ("Conclusion : What").
			if (left.type === 'element' && kinds.has(left.tagName) && /^\s+[,.;:)]/.test(after))
				found.push(`${before.slice(-30)}|${after.slice(0, 30)}`);
		}
		return undefined;
	});
	return found;
}

describe('no word runs into the text of a link', () => {
	it('finds a word glued to a link on either side, and lets spaced or punctuated ones pass', () => {
		const bad = fromHtml('<p>groups and<a href="x">documents</a> here; <a href="y">notes</a>s</p>', { fragment: true });
		expect(runTogether(bad)).toEqual(['groups and|documents', 'notes|s']);
		const table = fromHtml('<table><caption>as they describe them</caption><thead><tr><th>State</th><th>Status</th></tr></thead></table>', {
			fragment: true,
		});
		expect(runTogether(table, TABLE)).toEqual(['as they describe them|StateStatus', 'State|Status']);
		expect(runTogether(fromHtml('<p>(<a href="x">Li 2025</a> : abstract)</p>', { fragment: true }))).toEqual(['Li 2025| : abstract)']);
		const good = fromHtml('<p>groups and <a href="x">documents</a>, (<a href="y">notes</a>)<sup>1</sup></p>', { fragment: true });
		expect(runTogether(good)).toEqual([]);
		// Chinese sets no space between words, nor between a word and Latin text.
		expect(runTogether(fromHtml('<p>Li将<a href="x">独联体反恐中心</a>与<a href="y">Interpol</a>合作</p>', { fragment: true }))).toEqual(
			[],
		);
		expect(runTogether(fromHtml('<p>Ли и<a href="x">АТЦ</a></p>', { fragment: true }))).toEqual(['Ли и|АТЦ']);
	});

	it('on every built page, where no escaped quote shows either', () => {
		const escaped = builtPages().filter((page) => /\\["“”]/.test(toText(fromHtml(readPage(page)))));
		expect(escaped).toEqual([]);
		const glued = builtPages().flatMap((page) => {
			const tree = fromHtml(readPage(page));
			const indexed = select('[data-pagefind-body]', tree);
			return [...runTogether(tree), ...(indexed ? runTogether(indexed, TABLE) : [])].map((at) => `${page}: ${at}`);
		});
		expect(glued).toEqual([]);
	});
});
