// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import siteBuild from './src/integrations/site-build';
import { searchStrings } from './src/integrations/search-strings';
import { MARKDOWN_OPTIONS, projectMarkdown } from './src/io/markdown';
import { splitEdition } from './src/lib/routing/editions';
import { DEFAULT_LOCALE, EDITIONS, LOCALES } from './src/lib/i18n/locales';
import { isIndexable } from './src/lib/routing/routes';
import { SETTINGS } from './src/lib/model/settings';

// The site's public address is set once, in src/lib/model/settings.ts (or SITE_URL). Links between
// pages are relative, so the build itself runs under any path: Astro's `base` stays `/` (the
// site-build integration refuses any other).
const site = SETTINGS.site;

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
	site,
	trailingSlash: 'always',
	// Several pages at once: while one waits for the disk, or for a citation that only the engine
	// on another thread can format (src/io/citation-threads.ts), Astro renders the next. Four was
	// the fastest of 1, 4 and 8 (docs/performance.md).
	build: { format: 'directory', concurrency: 4 },
	// Astro 7's native Markdown processor (Sätteri), with the site's citation, link and note plugins.
	markdown: {
		processor: projectMarkdown(root),
		...MARKDOWN_OPTIONS,
	},
	integrations: [
		mdx(),
		// Pages marked noindex (search, filtered timelines, 404) stay out of the sitemap too: the
		// route table decides both.
		sitemap({
			filter: (page) => isIndexable(`/${splitEdition(new URL(page).pathname).path}`),
			// Each page with its counterparts in the other editions (those that exist), as hreflang links.
			i18n: {
				defaultLocale: DEFAULT_LOCALE,
				locales: Object.fromEntries(LOCALES.map((l) => [EDITIONS[l].folder || DEFAULT_LOCALE, EDITIONS[l].lang])),
			},
			// …and the English page as x-default, as on the pages themselves.
			serialize: (item) => {
				const english = item.links?.find((link) => link.lang === EDITIONS[DEFAULT_LOCALE].lang);
				return english && item.links && item.links.length > 1
					? { ...item, links: [...item.links, { lang: 'x-default', url: english.url }] }
					: item;
			},
		}),
		siteBuild(),
	],
	devToolbar: { enabled: false },
	vite: {
		// The search client is built as a classic script through Vite's worker build (see
		// src/layouts/Base.astro): IIFE, so it runs on pages opened from disk.
		worker: { format: 'iife', plugins: () => [searchStrings()] },
		plugins: [searchStrings()],
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
