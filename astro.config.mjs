// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { fileURLToPath } from 'node:url';
import siteBuild from './src/integrations/site-build';
import { loadCitationTargets } from './src/lib/citation-index';
import { t } from './src/lib/i18n';
import { rehypeFootnoteBackrefs } from './src/lib/rehype-footnote-backrefs';
import { remarkCitations } from './src/lib/remark-citations';
import { remarkInternalLinks } from './src/lib/remark-internal-links';
import { createUrls } from './src/lib/urls';

/** Canonical address of the published site; every absolute URL derives from it. */
const site = 'https://ct-reference.example.org';
const base = '/';

const root = fileURLToPath(new URL('.', import.meta.url));
const urls = createUrls(base);

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	build: { format: 'directory' },
	// Astro 7's default Markdown processor runs no remark plugins; the citation plugin needs unified.
	markdown: {
		processor: unified({
			gfm: false,
			remarkPlugins: [
				remarkGfm,
				[
					remarkCitations,
					{ root, targets: loadCitationTargets(root, (key) => urls.href({ to: 'bibliography', key })) },
				],
				[remarkInternalLinks, { resolve: urls.asset }],
			],
			rehypePlugins: [rehypeFootnoteBackrefs],
			remarkRehype: {
				footnoteLabel: t('footnotes.label'),
				footnoteLabelTagName: 'h2',
				// The default hides the heading visually; the notes are part of the reading, so it shows.
				footnoteLabelProperties: {},
				footnoteBackLabel: (/** @type {number} */ i) => t('footnotes.back', { n: i + 1 }),
			},
		}),
	},
	integrations: [
		mdx(),
		// Pages marked noindex (search, filtered timelines, 404) stay out of the sitemap too.
		sitemap({ filter: (page) => !/\/(search|events\/kinds\/[^/]+)\/$|\/404\/?$/.test(page) }),
		siteBuild(),
	],
	devToolbar: { enabled: false },
	vite: {
		build: {
			rollupOptions: {
				// Astro 7 emits one harmless warning per MDX file (withastro/astro#18087); the noise
				// would hide warnings that matter.
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
					warn(warning);
				},
			},
		},
	},
});
