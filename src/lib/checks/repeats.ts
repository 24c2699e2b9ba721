/**
 * What is typed twice. A statement about two bodies is written once, on one of them, and shared
 * (`sharedWith`); an editor's note is written once, in its own file, and shown on every page it
 * concerns, so a page's text does not repeat it. Both are checked here, across files.
 */
import type { Paragraph, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { findCitations } from '../cite/citation-syntax';
import { lineOf, type Entry } from './entries';
import type { Problem } from './problems';

/** Two statements on one aspect that share this much of their words say the same thing. */
const SAME_STATEMENT = 0.75;
/** A run of this many words that a note and another entry's text share is the note typed again. */
export const NOTE_RUN = 12;

/** The entries whose text summarises what a section tells, and so must not retell a note. */
const REPEATS_NOTES = new Set(['organizations', 'events', 'documents']);

const wordsOf = (text: string) =>
	text
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);

/** The words of a paragraph as a reader sees them: link text kept, citations and inline code left out. */
export function paragraphWords(paragraph: Paragraph): string[] {
	const parts: string[] = [];
	visit(paragraph, 'text', (node: Text) => {
		let text = node.value;
		for (const m of findCitations(text).reverse()) text = text.slice(0, m.start) + ' ' + text.slice(m.end);
		parts.push(text);
	});
	return wordsOf(parts.join(' '));
}

/** Each paragraph of a tree with its words and line. */
function paragraphs(tree: Root): { words: string[]; line: number }[] {
	const out: { words: string[]; line: number }[] = [];
	visit(tree, 'paragraph', (p: Paragraph) => {
		out.push({ words: paragraphWords(p), line: p.position?.start.line ?? 1 });
	});
	return out;
}

interface Statement {
	entry: Entry;
	index: number;
	aspect: string;
	words: Set<string>;
	shared: string[];
}

/** Statements on the same aspect of two organizations that say the same thing. */
export function checkSharedStatements(entries: Entry[]): Problem[] {
	const statements: Statement[] = entries
		.filter((e) => e.collection === 'organizations')
		.flatMap((entry) =>
			((entry.data['assessments'] as Record<string, unknown>[] | undefined) ?? []).flatMap((a, index) =>
				typeof a['statement'] === 'string' && typeof a['aspect'] === 'string'
					? [{ entry, index, aspect: a['aspect'], words: new Set(wordsOf(a['statement'])), shared: (a['sharedWith'] as string[]) ?? [] }]
					: [],
			),
		);
	const problems: Problem[] = [];
	const byAspect = Map.groupBy(statements, (s) => s.aspect);
	for (const group of byAspect.values()) {
		for (let i = 0; i < group.length; i++) {
			for (let j = i + 1; j < group.length; j++) {
				const [a, b] = [group[i]!, group[j]!];
				if (a.entry === b.entry) continue;
				const common = [...a.words].filter((w) => b.words.has(w)).length;
				if (common / (a.words.size + b.words.size - common) < SAME_STATEMENT) continue;
				problems.push({
					severity: 'error',
					file: b.entry.file,
					line: lineOf(b.entry, ['assessments', b.index, 'statement']),
					field: `assessments.${b.index}.statement`,
					message: `this statement on "${b.aspect}" says what ${a.entry.file} (assessments.${a.index}) already says`,
					fix: `write it once: keep one, phrased for both bodies, and add \`sharedWith: [${b.entry.id}]\` to it in ${a.entry.file} (or the other way round); it then stands in both columns`,
				});
			}
		}
	}
	return problems;
}

/**
 * A profile, event or document whose text repeats an editor's note: the note is shown there
 * already. Section pages are left out, since a note restates the passage it comments on, and the
 * section is where that passage is told.
 */
export function checkNoteRepeats(entries: Entry[]): Problem[] {
	const runs = new Map<string, Entry>();
	for (const note of entries.filter((e) => e.collection === 'notes' && e.body)) {
		for (const { words } of paragraphs(note.body!.tree))
			for (let i = 0; i + NOTE_RUN <= words.length; i++) runs.set(words.slice(i, i + NOTE_RUN).join(' '), note);
	}
	const problems: Problem[] = [];
	for (const entry of entries.filter((e) => REPEATS_NOTES.has(e.collection) && e.body)) {
		const reported = new Set<Entry>();
		for (const { words, line } of paragraphs(entry.body!.tree)) {
			for (let i = 0; i + NOTE_RUN <= words.length; i++) {
				const note = runs.get(words.slice(i, i + NOTE_RUN).join(' '));
				if (!note || reported.has(note)) continue;
				reported.add(note);
				problems.push({
					severity: 'error',
					file: entry.file,
					line,
					message: `this paragraph repeats the editor's note ${note.file} ("${words.slice(i, i + NOTE_RUN).join(' ')}…"), which is shown on the page already`,
					fix: `keep the remark in the note only; list this entry in the note's frontmatter if it is not there, or link to it: [the editor's note](/notes/${note.id}/)`,
				});
			}
		}
	}
	return problems;
}
