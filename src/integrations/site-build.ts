import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { checkContent } from '../io/check-content';
import { formatProblem } from '../lib/checks/index';
import { placeholders } from '../lib/model/settings';
import { hostHeaders } from '../lib/publish/host-headers';
import { INLINE_SCRIPT_HASHES } from '../lib/publish/inline-script';
import { contentSecurityPolicy } from '../lib/publish/security';
import { writeFile } from 'node:fs/promises';

/**
 * The site's own step before Astro's build: the content check, before Astro reads any content.
 * After it, `npm run build` runs the search index and the offline archive, together, as a process
 * of its own (scripts/search-and-archive.ts), once Astro's memory is returned. Pages
 * are written once, right, by Astro: no step changes them afterwards.
 */
export default function siteBuild(): AstroIntegration {
	return {
		name: 'ct-reference:site-build',
		hooks: {
			// The hosts' header file, from the same policy every page carries as a meta tag.
			'astro:build:done': async ({ dir }) => {
				await writeFile(new URL('_headers', dir), hostHeaders(contentSecurityPolicy(INLINE_SCRIPT_HASHES)));
			},
			'astro:config:setup': ({ command, config, logger }) => {
				assertRootBase(config.base);
				for (const warning of placeholders()) logger.warn(`before publishing: ${warning}`);
				// Before Astro reads content, so every problem is listed at once instead of the first one.
				// The dev server only warns: a maintainer mid-edit should still see the preview.
				if (command === 'build') assertContentValid(process.cwd(), logger);
				else if (command === 'dev') for (const p of checkContent(process.cwd())) logger.warn(formatProblem(p));
			},
		},
	};
}

/**
 * Every link is written relative to its page, so the same build already works at a domain root,
 * under any sub-path and from disk; a `base` would only be a second, conflicting answer.
 */
export function assertRootBase(base: string) {
	if (base.replace(/\/$/, '') !== '') {
		throw new Error(
			`astro.config.mjs sets base: "${base}", but this site takes no base path: its links are relative, so the same build runs under any path as it is. Remove \`base\`, and put the public address, sub-path included, in \`site\` (it makes the canonical URLs and the sitemap).`,
		);
	}
}

/**
 * Runs the content check before anything is built: every problem is listed, warnings go to the
 * log, and any error stops the build with the whole list, so a bad edit is never published.
 */
export function assertContentValid(root: string, logger: Pick<AstroIntegrationLogger, 'warn'>) {
	const problems = checkContent(root);
	const errors = problems.filter((p) => p.severity === 'error');
	for (const warning of problems.filter((p) => p.severity === 'warning')) logger.warn(formatProblem(warning));
	if (errors.length > 0) {
		throw new Error(
			`The content has ${errors.length} problem${errors.length === 1 ? '' : 's'} to fix before the site can be built:\n\n${errors.map(formatProblem).join('\n')}\n\nRun \`npm run check\` to see them again after editing.`,
		);
	}
}
