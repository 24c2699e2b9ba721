/**
 * The one place internal URLs are made. Pages, components and the citation plugin all go through
 * it, so how links are written (site root, sub-path, or relative for reading from disk) is
 * decided here and nowhere else.
 */

export type Route =
	| { to: 'home' }
	| { to: 'sources' }
	| { to: 'source'; id: string }
	| { to: 'section'; id: string }
	| { to: 'organizations' }
	| { to: 'organization'; id: string }
	| { to: 'events' }
	| { to: 'events-kind'; kind: string }
	| { to: 'event'; id: string }
	| { to: 'bibliography'; key?: string }
	| { to: 'search'; query?: string }
	| { to: 'about' };

/** The path of a route below the site root, without a leading slash. */
export function routePath(route: Route): string {
	switch (route.to) {
		case 'home':
			return '';
		case 'sources':
			return 'sources/';
		case 'source':
		case 'section':
			// Section ids are `<source>/<page>`, so a section sits inside its source's folder.
			return `sources/${route.id}/`;
		case 'organizations':
			return 'organizations/';
		case 'organization':
			return `organizations/${route.id}/`;
		case 'events':
			return 'events/';
		case 'events-kind':
			return `events/kinds/${route.kind}/`;
		case 'event':
			return `events/${route.id}/`;
		case 'bibliography':
			return route.key ? `bibliography/#${route.key}` : 'bibliography/';
		case 'search':
			return route.query ? `search/?q=${encodeURIComponent(route.query)}` : 'search/';
		case 'about':
			return 'about/';
	}
}

/** Joins a base (`/` or `/docs/`) and a site-relative path. */
export function joinBase(base: string, path: string): string {
	const b = base.endsWith('/') ? base : `${base}/`;
	return b + path.replace(/^\//, '');
}

export function createUrls(base: string) {
	return {
		/** URL of a page of the site. */
		href: (route: Route) => joinBase(base, routePath(route)),
		/** URL of a file in `public/` or written by the build (such as the search index). */
		asset: (path: string) => joinBase(base, path),
	};
}

const urls = createUrls(import.meta.env?.BASE_URL ?? '/');
export const href = urls.href;
export const asset = urls.asset;

/**
 * How a built page links to another: relative to the page's own file, naming `index.html`, so
 * that the same files work at a domain root, under any sub-path and opened from disk (where a
 * link to a folder would show a file listing). `fromFile` is the page's path inside the build
 * (`organizations/sco/index.html`), `url` a site-root URL (`/organizations/unodc/#x`).
 */
export function relativeUrl(fromFile: string, url: string): string {
	const match = /^\/([^?#]*)(\?[^#]*)?(#.*)?$/.exec(url);
	if (!match || url.startsWith('//')) return url;
	const [, path = '', query = '', hash = ''] = match;
	const target = path === '' || path.endsWith('/') ? `${path}index.html` : path;
	const from = fromFile.split('/').slice(0, -1);
	const to = target.split('/');
	let common = 0;
	while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
	const relative = [...Array(from.length - common).fill('..'), ...to.slice(common)].join('/');
	// A link to the page itself with only an anchor stays an anchor, so it does not reload the page.
	if (target === fromFile && hash && !query) return hash;
	return relative + query + hash;
}

/** The way back from a built page to the site's root folder: `""`, `"../"`, `"../../"`. */
export function rootOf(fromFile: string): string {
	return '../'.repeat(fromFile.split('/').length - 1);
}

/** The file a page is built to, from its URL path: `/organizations/sco/` → `organizations/sco/index.html`. */
export function pageFile(pathname: string): string {
	const path = decodeURIComponent(pathname).replace(/^\//, '');
	if (path === '' || path.endsWith('/')) return `${path}index.html`;
	return path.endsWith('.html') ? path : `${path}.html`;
}

/** Where the layout points the search script; the build replaces it with the bundled file. */
export const SEARCH_SCRIPT_PLACEHOLDER = '/_astro/search.js';

/**
 * The page's Content-Security-Policy: only the site's own files, plus what the search loader
 * needs (its module comes from a blob: URL, its index engine is WebAssembly), plus the inline
 * scripts named by hash. No other inline script or style runs. Sent as a meta tag because a
 * static host cannot be trusted to send it.
 */
export function contentSecurityPolicy(scriptHashes: string[] = []): string {
	return [
		"default-src 'self'",
		`script-src 'self' blob: 'wasm-unsafe-eval' ${scriptHashes.join(' ')}`.trim(),
		"style-src 'self'",
		"img-src 'self' data:",
		"font-src 'self'",
		"connect-src 'self'",
		"object-src 'none'",
		"base-uri 'none'",
		"form-action 'self'",
	].join('; ');
}
