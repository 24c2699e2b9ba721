import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { fileURLToPath } from 'node:url';

/**
 * Builds the Pagefind index in-process once Astro has written the site, so `astro build` is the
 * only command. Pages opt in with `data-pagefind-body`; any indexing error fails the build rather
 * than shipping a site whose search silently misses pages.
 */
export default function pagefind(): AstroIntegration {
	return {
		name: 'ct-reference:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const { index, errors } = await createIndex({ forceLanguage: 'en' });
				if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
				try {
					const added = await index.addDirectory({ path: outDir });
					if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
					if (added.page_count === 0) throw new Error('Pagefind indexed no pages: is data-pagefind-body missing from <main>?');
					const written = await index.writeFiles({ outputPath: `${outDir}pagefind` });
					if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
					logger.info(`indexed ${added.page_count} pages`);
				} finally {
					await close();
				}
			},
		},
	};
}
