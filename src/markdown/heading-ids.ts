import type { Element } from 'hast';
import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import type { Heading } from '../lib/model/headings';
import { relativeFile } from './file';

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/**
 * A translated page's headings keep the English anchors, by position: `#the-conclusions-in-the-abstract`
 * is the same heading in all three editions, so links between entries, the language switch and
 * a reader's bookmark keep their place. The content check holds the outlines equal
 * (src/lib/checks/translations.ts). Runs before Astro's own heading ids, which keep an id given.
 */
export function headingIds(options: { root: string; englishOutline: (file: string) => readonly Heading[] | undefined }): HastPluginEntry {
	return (document) => {
		const outline = options.englishOutline(relativeFile(document.fileURL, options.root));
		if (!outline?.length) return defineHastPlugin({ name: 'heading-ids-by-position' });
		let next = 0;
		return defineHastPlugin({
			name: 'heading-ids-by-position',
			element: {
				filter: HEADINGS,
				visit(node: Readonly<Element>, ctx) {
					// Headings the pipeline makes itself (the footnotes' label) come with an id.
					if (typeof node.properties?.['id'] === 'string') return;
					const heading = outline[next++];
					if (heading) ctx.setProperty(node, 'id', heading.slug);
				},
			},
		});
	};
}
