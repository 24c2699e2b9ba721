/**
 * Citation syntax in Markdown: `[@key]`, `[@key, p. 12]` or several at once,
 * `[@key, pp. 108–109; @other]`. Keys are bibliography ids: lower-case words joined by hyphens.
 * Citations are read from the text nodes of the syntax tree, so code and inline code, where the
 * same characters are only text, never count.
 */
import type { Parent, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';

export interface Citation {
	key: string;
	/** Page or other locator, as written after the comma ("p. 12"). */
	locator?: string;
}

export interface CitationMatch {
	/** Offset of the opening bracket in the text. */
	start: number;
	/** Offset just past the closing bracket. */
	end: number;
	items: Citation[];
}

const item = String.raw`@[a-z0-9]+(?:-[a-z0-9]+)*(?:\s*,\s*[^\];@]+)?`;
const group = new RegExp(String.raw`\[(${item}(?:\s*;\s*${item})*)\]`, 'g');

/** The citations in one run of text. */
export function findCitations(text: string): CitationMatch[] {
	const found: CitationMatch[] = [];
	for (const m of text.matchAll(group)) {
		const items = m[1]!.split(';').map((part): Citation => {
			const [rawKey, ...rest] = part.trim().split(',');
			const locator = rest.join(',').trim();
			const key = rawKey!.trim().slice(1);
			return locator ? { key, locator } : { key };
		});
		found.push({ start: m.index, end: m.index + m[0].length, items });
	}
	return found;
}

/** Whether text under a parent of this type can cite: link text is only text, as the renderer shows it. */
export function canCite(parentType: string | undefined): boolean {
	return parentType !== undefined && parentType !== 'link' && parentType !== 'linkReference';
}

/** Every text node that holds citations, with them; link text is left out (canCite). */
export function citationsIn(tree: Root): { node: Text; parent: Parent; matches: CitationMatch[] }[] {
	const out: { node: Text; parent: Parent; matches: CitationMatch[] }[] = [];
	visit(tree, 'text', (node, _index, parent) => {
		if (!parent || !canCite(parent.type)) return;
		const matches = findCitations(node.value);
		if (matches.length > 0) out.push({ node, parent, matches });
	});
	return out;
}

/** Every key cited in a syntax tree, in order of first use. */
export function citedKeys(tree: Root): string[] {
	const keys = new Set<string>();
	for (const { matches } of citationsIn(tree)) for (const m of matches) for (const c of m.items) keys.add(c.key);
	return [...keys];
}
