import { describe, expect, it } from 'vitest';
import { siteMarkdown } from '../../src/markdown/processor';
import type { Heading } from '../../src/lib/model/headings';
import { headingOutline, outlineMismatch } from '../../src/lib/model/headings';
import { parseContentFile } from '../../src/markdown/tree';

const ENGLISH: Heading[] = [
	{ depth: 2, slug: 'partners-outside-the-region', line: 3 },
	{ depth: 3, slug: 'the-un', line: 5 },
];

/** Renders a file at `file` (from the project root) with the site's processor. */
async function render(file: string, markdown: string) {
	const renderer = await siteMarkdown({
		root: '/project',
		targets: () => new Map(),
		translated: () => () => false,
		englishOutline: (f) => (f === 'content/translations/ru/sources/li-2025/review.mdx' ? ENGLISH : undefined),
		pageLinks: false,
	}).createRenderer({});
	return (await renderer.render(markdown, { fileURL: new URL(`file:///project/${file}`) })).code;
}

describe('heading anchors in a translation', () => {
	const text = '## Партнёры за пределами региона\n\nТекст.[^1]\n\n### ООН\n\n[^1]: Примечание.\n';

	it('are the English headings’ anchors, by position, and the footnotes keep their own', async () => {
		const html = await render('content/translations/ru/sources/li-2025/review.mdx', text);
		expect([...html.matchAll(/<h(\d) id="([^"]+)"/g)].map((m) => `h${m[1]}#${m[2]}`)).toEqual([
			'h2#partners-outside-the-region',
			'h3#the-un',
			'h2#footnote-label',
		]);
	});

	it('are the text’s own in an English file', async () => {
		const html = await render('content/sources/li-2025/review.mdx', text);
		expect(html).toContain('id="партнёры-за-пределами-региона"');
	});

	it('are compared by number and level, naming the first heading out of step', () => {
		const outline = (md: string) => {
			const parsed = parseContentFile(md, false);
			if (!parsed.ok) throw new Error(parsed.message);
			return headingOutline(parsed.value.tree);
		};
		expect(outlineMismatch(ENGLISH, outline('## А\n\n### Б\n'))).toBeUndefined();
		expect(outlineMismatch(ENGLISH, outline('## А\n\n## Б\n'))).toEqual({
			message: 'the English text has 2 headings (h2 h3) and this translation 2 (h2 h2)',
			line: 3,
		});
		expect(outlineMismatch(ENGLISH, outline('## А\n'))?.message).toBe(
			'the English text has 2 headings (h2 h3) and this translation 1 (h2)',
		);
		expect(outlineMismatch(ENGLISH, outline('## А\n\n### Б\n\n## В\n'))?.line).toBe(5);
	});
});
