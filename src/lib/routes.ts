/**
 * The site's route table, the one place that says which pages exist and at what path. URLs are
 * made from it (src/lib/urls.ts), the content check resolves links in Markdown against it, and
 * the sitemap and the robots meta tag ask it which pages search engines may list.
 */
import type { CollectionName } from './collections';

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
	| { to: 'about' }
	| { to: 'not-found' };

export type RouteName = Route['to'];

interface RouteSpec {
	/** Path below the site root, without a leading slash; `{x}` is a parameter. */
	path: string;
	/** Search engines may list it; lists that only filter another page, and search itself, may not. */
	indexable: boolean;
	/** The collection whose entries each get a page here, keyed by the `id` parameter. */
	entries?: CollectionName;
}

const ROUTES: Record<RouteName, RouteSpec> = {
	home: { path: '', indexable: true },
	sources: { path: 'sources/', indexable: true },
	// Section ids are `<source>/<page>`, so a section sits inside its source's folder.
	source: { path: 'sources/{id}/', indexable: true, entries: 'sources' },
	section: { path: 'sources/{id}/', indexable: true, entries: 'sections' },
	organizations: { path: 'organizations/', indexable: true },
	organization: { path: 'organizations/{id}/', indexable: true, entries: 'organizations' },
	events: { path: 'events/', indexable: true },
	'events-kind': { path: 'events/kinds/{kind}/', indexable: false },
	event: { path: 'events/{id}/', indexable: true, entries: 'events' },
	bibliography: { path: 'bibliography/', indexable: true },
	search: { path: 'search/', indexable: false },
	about: { path: 'about/', indexable: true },
	'not-found': { path: '404.html', indexable: false },
};

/** The path of a route below the site root, without a leading slash, with its query or anchor. */
export function routePath(route: Route): string {
	const spec = ROUTES[route.to];
	const params = route as Record<string, string | undefined>;
	const path = spec.path.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? '');
	if (route.to === 'bibliography' && route.key) return `${path}#${route.key}`;
	if (route.to === 'search' && route.query) return `${path}?q=${encodeURIComponent(route.query)}`;
	return path;
}

/** The route of an entry's own page. */
export function entryRoute(collection: CollectionName, id: string): Route | undefined {
	for (const [to, spec] of Object.entries(ROUTES) as [RouteName, RouteSpec][]) {
		// Sources and sections share a path pattern; the collection tells them apart.
		if (spec.entries === collection) return { to, id } as Route;
	}
	return undefined;
}

/**
 * What a site path (`/organizations/sco/`) leads to: a fixed page, or an entry of a collection
 * whose existence the caller checks. Sources and sections share a folder, told apart by the `/`
 * in a section's id.
 */
export type ResolvedPath =
	| { kind: 'page'; route: Route }
	| { kind: 'entry'; collection: CollectionName; id: string }
	| { kind: 'param'; name: string; value: string; route: RouteName };

export function resolvePath(path: string): ResolvedPath | undefined {
	const bare = path.replace(/^\//, '');
	for (const [to, spec] of Object.entries(ROUTES) as [RouteName, RouteSpec][]) {
		const names: string[] = [];
		const pattern = new RegExp(
			`^${spec.path.replace(/[.]/g, '\\.').replace(/\{(\w+)\}/g, (_, n: string) => (names.push(n), n === 'id' ? '(.+)' : '([^/]+)'))}$`,
		);
		const match = pattern.exec(bare);
		if (!match) continue;
		if (names.length === 0) return { kind: 'page', route: { to } as Route };
		const value = match[1]!;
		if (spec.entries) {
			if ((spec.entries === 'sections') !== value.includes('/')) continue;
			return { kind: 'entry', collection: spec.entries, id: value };
		}
		return { kind: 'param', name: names[0]!, value, route: to };
	}
	return undefined;
}

/** Whether search engines may list the page at this site path (for the sitemap and robots meta). */
export function isIndexable(path: string): boolean {
	const resolved = resolvePath(path);
	if (!resolved) return false;
	if (resolved.kind === 'page') return ROUTES[resolved.route.to].indexable;
	if (resolved.kind === 'param') return ROUTES[resolved.route].indexable;
	return true;
}
