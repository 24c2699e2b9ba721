/**
 * The site's one Markdown processor (src/markdown/processor.ts), set up for this project: Astro's
 * content layer renders every entry with it (astro.config.mjs), and pages render an editor's note
 * with it again for each other page the note is shown on, whose links differ.
 */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { citationTargets } from './citation-targets';
import { englishOutline } from './english-outline';
import { translatedOnDisk } from './translated';
import { SHOWN_ON } from '../markdown/page-links';
import { siteMarkdown } from '../markdown/processor';

/** Astro's Markdown settings beside the processor: the content has no code, so no highlighter is loaded. */
export const MARKDOWN_OPTIONS = { syntaxHighlight: false } as const;

export function projectMarkdown(root: string) {
	return siteMarkdown({
		root,
		targets: () => citationTargets(root),
		translated: () => translatedOnDisk(root),
		englishOutline: (file) => englishOutline(root, file),
	});
}

type Renderer = Awaited<ReturnType<ReturnType<typeof siteMarkdown>['createRenderer']>>;
let renderer: Promise<Renderer> | undefined;

/** An entry's text as an edition shows it (its translation's, if any): what the page needs of it. */
interface ShownText {
	body?: string | undefined;
	filePath?: string | undefined;
	translation?: { filePath?: string | undefined } | undefined;
}

/**
 * An entry's text as HTML for another page it is shown on (`page`, that page's file in the build).
 * The entry's file, from the project root, tells the processor its edition and how it cites.
 */
export async function htmlShownOn(entry: ShownText, page: string, root = process.cwd()): Promise<string> {
	const file = entry.translation?.filePath ?? entry.filePath;
	if (!file) throw new Error(`An entry shown on ${page} has no file to render`);
	renderer ??= projectMarkdown(root).createRenderer(MARKDOWN_OPTIONS);
	const options = { fileURL: pathToFileURL(join(root, file)), frontmatter: { [SHOWN_ON]: page } };
	return (await (await renderer).render(entry.body ?? '', options)).code;
}
