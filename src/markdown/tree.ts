/**
 * Content files as syntax trees: one parser, with the same Markdown extensions the site renders
 * with (GFM; MDX for .mdx files), for the content check, the relations between entries and the
 * tests. Checks walk these trees instead of matching text, so code, inline code and links are
 * told apart as the renderer tells them apart.
 */
import type { Root, Yaml } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { unified } from 'unified';

const mdx = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).use(remarkMdx).freeze();

export interface ParsedFile {
	/** The whole file; node positions are lines of the file. */
	tree: Root;
	/** The YAML between the `---` lines, and the file line its first line is on. */
	frontmatter: { text: string; line: number } | undefined;
	/** The file line where the body starts, below the frontmatter. */
	bodyLine: number;
}

export type ParseResult = { ok: true; value: ParsedFile } | { ok: false; message: string; line: number; column: number | undefined };

/**
 * Markdown is read by the renderer's own parser (Sätteri; 10,000 entries in about a second, where
 * remark took twelve), which reports nothing: any text is Markdown. MDX, which can fail, is read
 * by remark, whose errors name the line and column the maintainer has to fix.
 */
export function parseContentFile(text: string, isMdx: boolean): ParseResult {
	let tree: Root;
	try {
		tree = isMdx ? mdx.parse(text) : (markdownToMdast(text, { features: { frontmatter: true } }) as Root);
	} catch (error) {
		const e = error as { reason?: string; message: string; line?: number; column?: number };
		// Some MDX errors (an unclosed tag) carry their place only in the text: "(3:1-3:13)".
		const [, line, column] = /\((\d+):(\d+)-\d+:\d+\)/.exec(e.reason ?? '') ?? [];
		return {
			ok: false,
			message: e.reason ?? e.message,
			line: e.line ?? Number(line ?? 1),
			column: e.column ?? (column ? Number(column) : undefined),
		};
	}
	const first = tree.children[0];
	const yaml = first?.type === 'yaml' ? (first as Yaml) : undefined;
	return {
		ok: true,
		value: {
			tree,
			frontmatter: yaml ? { text: yaml.value, line: yaml.position!.start.line + 1 } : undefined,
			bodyLine: yaml ? yaml.position!.end.line + 1 : 1,
		},
	};
}

/**
 * A Markdown body alone (an entry's `body` as Astro gives it), for the relations between entries:
 * parsed by the renderer's own parser (Sätteri), which read the 10,000-entry benchmark's bodies in
 * 1.1 s where remark took 12.6 s, without positions, which relations do not need.
 */
export function parseBody(body: string, isMdx = true): Root {
	return (isMdx ? mdxToMdast : markdownToMdast)(body, { position: false }) as Root;
}
