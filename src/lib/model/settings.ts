/**
 * The two addresses a maintainer sets to publish the site, in one place: where the site is read
 * (canonical URLs, the sitemap, the feed, citations) and where it is edited ("Edit this page").
 * A deployment may set them from outside with SITE_URL, REPOSITORY_URL and REPOSITORY_BRANCH, as
 * the GitHub Pages workflow does. While they are the placeholders below, the build warns.
 */
const env = (name: string): string | undefined => (typeof process === 'undefined' ? undefined : process.env[name]) || undefined;

export const PLACEHOLDER_SITE = 'https://ct-reference.example.org';
export const PLACEHOLDER_REPOSITORY = 'https://github.com/ct-reference/ct-reference';

export const SETTINGS = {
	/** The public address, with its path if the site is served below a domain's root. */
	site: env('SITE_URL') ?? PLACEHOLDER_SITE,
	repository: {
		url: env('REPOSITORY_URL') ?? PLACEHOLDER_REPOSITORY,
		branch: env('REPOSITORY_BRANCH') ?? 'main',
	},
};

/** What still needs setting before the site is published, for the build's warning. */
export function placeholders(settings = SETTINGS): string[] {
	return [
		...(settings.site === PLACEHOLDER_SITE
			? [`the site's address is the placeholder ${PLACEHOLDER_SITE}: set SITE_URL or src/lib/model/settings.ts`]
			: []),
		...(settings.repository.url === PLACEHOLDER_REPOSITORY
			? [`the repository is the placeholder ${PLACEHOLDER_REPOSITORY}: set REPOSITORY_URL or src/lib/model/settings.ts`]
			: []),
	];
}
