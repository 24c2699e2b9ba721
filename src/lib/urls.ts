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
