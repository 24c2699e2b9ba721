import type { Paragraph, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { paragraphWords } from '../../src/lib/checks/repeats';
import { parseBody } from '../../src/markdown/tree';
import { loadContent } from '../helpers/content';

// A fact is written once, in one file: a profile summarises and links to the section that holds
// the detail, and an editor's note is an entry of its own. These tests read every Markdown body
// as the renderer reads it (the project's syntax tree) and look for a paragraph, or a run of 25
// words inside one, that stands in two content files.
const LENGTH = 25;

/** Every paragraph of LENGTH words or more in a body. */
function longParagraphs(tree: Root): string[][] {
	const out: string[][] = [];
	visit(tree, 'paragraph', (p: Paragraph) => {
		const words = paragraphWords(p);
		if (words.length >= LENGTH) out.push(words);
	});
	return out;
}

interface Repeat {
	files: [string, string];
	words: string;
}

/** Runs of LENGTH words that stand in paragraphs of two different files (one report per pair of files). */
export function repeatedRuns(files: { file: string; tree: Root }[]): Repeat[] {
	const firstFile = new Map<string, string>();
	const found = new Map<string, Repeat>();
	for (const { file, tree } of files) {
		const seenHere = new Set<string>();
		for (const words of longParagraphs(tree)) {
			for (let i = 0; i + LENGTH <= words.length; i++) {
				const run = words.slice(i, i + LENGTH).join(' ');
				if (seenHere.has(run)) continue;
				seenHere.add(run);
				const other = firstFile.get(run);
				if (other === undefined) firstFile.set(run, file);
				else if (other !== file && !found.has(`${other}|${file}`)) found.set(`${other}|${file}`, { files: [other, file], words: run });
			}
		}
	}
	return [...found.values()];
}

describe('no paragraph of 25 or more words stands in two content files', () => {
	it('finds a repeated paragraph, and a paragraph repeated inside a longer one', () => {
		const paragraph =
			'Li reports that the two bodies met in Vienna during the sixty-third session of the commission, where they talked about anti-drug cooperation within the structure and about the strategy for the years ahead.';
		const a = parseBody(`${paragraph}[@li-2025, passage on member states]\n`, false);
		const b = parseBody(`Intro.\n\nAs [the section](/sources/li-2025/member-states/) says, ${paragraph} More follows here.\n`, false);
		const c = parseBody('A different paragraph, short.\n', false);
		const repeats = repeatedRuns([
			{ file: 'a.md', tree: a },
			{ file: 'b.md', tree: b },
			{ file: 'c.md', tree: c },
		]);
		expect(repeats.map((r) => r.files)).toEqual([['a.md', 'b.md']]);
		expect(repeatedRuns([{ file: 'a.md', tree: a }, { file: 'c.md', tree: c }])).toEqual([]);
	});

	it('the content as it stands', () => {
		const content = loadContent();
		const bodies = [...content.sections, ...content.organizations, ...content.events, ...content.notes]
			.filter((e) => e.body)
			.map((e) => ({ file: e.file, tree: e.body!.tree }));
		expect(bodies.length).toBeGreaterThan(0);
		const repeats = repeatedRuns(bodies).map((r) => `${r.files[0]} and ${r.files[1]} share "${r.words}…": write it once and link to it`);
		expect(repeats).toEqual([]);
	});
});
