import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

/** A heading of a body: its level, and the anchor the renderer gives it. */
export interface Heading {
	depth: number;
	slug: string;
	/** The file line it is on. */
	line: number | undefined;
}

/**
 * The headings of a body in order, with the anchors the renderer makes (GitHub's slugs). A
 * translation's headings take the English ones' anchors by position, so a link to
 * `#the-conclusions-in-the-abstract` lands on the same heading in every edition.
 */
export function headingOutline(tree: Root): Heading[] {
	const slugger = new GithubSlugger();
	const out: Heading[] = [];
	visit(tree, 'heading', (node) => {
		out.push({ depth: node.depth, slug: slugger.slug(toString(node)), line: node.position?.start.line });
	});
	return out;
}

/**
 * Where two outlines differ in number or level, described for a maintainer, with the line of the
 * translation's first heading out of step; undefined if they match.
 */
export function outlineMismatch(
	english: readonly Heading[],
	translated: readonly Heading[],
): { message: string; line: number | undefined } | undefined {
	const levels = (o: readonly Heading[]) => o.map((h) => `h${h.depth}`).join(' ') || 'none';
	const first = english.findIndex((h, i) => h.depth !== translated[i]?.depth);
	const at = first === -1 ? (english.length === translated.length ? -1 : english.length) : first;
	if (at === -1) return undefined;
	return {
		message: `the English text has ${english.length} headings (${levels(english)}) and this translation ${translated.length} (${levels(translated)})`,
		line: (translated[at] ?? translated.at(-1))?.line,
	};
}
