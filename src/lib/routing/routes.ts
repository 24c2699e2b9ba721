/**
 * The site's route table, the one place that says which pages exist and at what path. URLs are
 * made from it (src/lib/routing/urls.ts), the content check resolves links in Markdown against it, and
 * the sitemap and the robots meta tag ask it which pages search engines may list.
 */
import type { CollectionName } from '../model/collections';
import type { TranslatableCollection } from '../model/collections';
import type { Locale } from '../i18n/locales';

/**
 * The parts of a source's page that a pointer to the source as a whole can name in its locator
 * (`{ source: li-2025, locator: abstract }`): each is a heading's anchor on that page.
 */
export const SOURCE_PAGE_PARTS: ReadonlySet<string> = new Set(['abstract']);

/** The number of a page of a list, from 1; page 1 is the list's own address. */
type Paged = { page?: number | undefined };

export type Route = RouteTarget & {
	/** The edition to link to where the page exists there: a page cited from another edition. */
	edition?: Locale | undefined;
};

type RouteTarget =
	| { to: 'home' }
	| { to: 'sources' }
	| ({ to: 'source'; id: string } & Paged)
	| { to: 'section'; id: string }
	| ({ to: 'section-discusses'; id: string } & Paged)
	| ({ to: 'organizations' } & Paged)
	| { to: 'organization'; id: string }
	| { to: 'organization-map'; id: string }
	| ({ to: 'memberships' } & Paged)
	| ({ to: 'organization-events'; id: string } & Paged)
	| ({ to: 'organization-sections'; id: string } & Paged)
	| ({ to: 'events' } & Paged)
	| ({ to: 'events-kind'; kind: string } & Paged)
	| { to: 'event'; id: string }
	| { to: 'comparison'; pair: string }
	| ({ to: 'documents' } & Paged)
	| { to: 'document'; id: string }
	| ({ to: 'document-events'; id: string } & Paged)
	| ({ to: 'organization-documents'; id: string } & Paged)
	| ({ to: 'bibliography'; key?: string | undefined } & Paged)
	| ({ to: 'cited-on'; key: string } & Paged)
	| ({ to: 'notes' } & Paged)
	| { to: 'note'; id: string }
	| ({ to: 'source-notes'; id: string } & Paged)
	| ({ to: 'section-notes'; id: string } & Paged)
	| ({ to: 'organization-notes'; id: string } & Paged)
	| ({ to: 'event-notes'; id: string } & Paged)
	| ({ to: 'document-notes'; id: string } & Paged)
	| { to: 'search'; query?: string }
	| { to: 'about' }
	| ({ to: 'translations' } & Paged)
	| { to: 'data' }
	| { to: 'data-file'; file: string }
	| { to: 'not-found' };

export type RouteName = Route['to'];

interface RouteSpec {
	/** Path below the site root, without a leading slash; `{x}` is a parameter. */
	path: string;
	/** Search engines may list it; lists that only filter another page, and search itself, may not. */
	indexable: boolean;
	/** The collection whose entries each get a page here, keyed by the `id` parameter. */
	entries?: CollectionName;
	/** A list long enough to run over several pages, the later ones at `<path>page/<n>/`. */
	paged?: boolean;
	/** The `id` parameter is a section's, `<source>/<page>`. */
	sectionId?: boolean;
	/**
	 * In the Russian and Chinese editions: the page exists where the entry its `id` names is
	 * translated (a collection), where both bodies of its pair are ('pair'), or never, for files
	 * that are the same in every language ('english'). Without it, the page is in every edition.
	 */
	edition?: TranslatableCollection | 'pair' | 'english';
}

/** The folder of a list's later pages: no entry that shares the list's folder may take this id. */
export const PAGES_FOLDER = 'page';

const ROUTES: Record<RouteName, RouteSpec> = {
	home: { path: '', indexable: true },
	sources: { path: 'sources/', indexable: true },
	// Section ids are `<source>/<page>`, so a section sits inside its source's folder.
	source: { path: 'sources/{id}/', indexable: true, entries: 'sources', paged: true, edition: 'sources' },
	section: { path: 'sources/{id}/', indexable: true, entries: 'sections', sectionId: true, edition: 'sections' },
	// Lists of what links to an entry: they repeat other pages' titles, so they stay out of search engines.
	'section-discusses': { path: 'sources/{id}/discussed/', indexable: false, paged: true, sectionId: true, edition: 'sections' },
	organizations: { path: 'organizations/', indexable: true, paged: true },
	organization: { path: 'organizations/{id}/', indexable: true, entries: 'organizations', edition: 'organizations' },
	// An image, not a page.
	'organization-map': { path: 'organizations/{id}/map.svg', indexable: false, edition: 'english' },
	memberships: { path: 'memberships/', indexable: true, paged: true },
	'organization-events': { path: 'organizations/{id}/events/', indexable: false, paged: true, edition: 'organizations' },
	'organization-sections': { path: 'organizations/{id}/sections/', indexable: false, paged: true, edition: 'organizations' },
	events: { path: 'events/', indexable: true, paged: true },
	'events-kind': { path: 'events/kinds/{kind}/', indexable: false, paged: true },
	event: { path: 'events/{id}/', indexable: true, entries: 'events', edition: 'events' },
	// Two organizations a source compares, side by side: `<a>--<b>` (src/lib/model/comparison.ts).
	comparison: { path: 'compare/{pair}/', indexable: true, edition: 'pair' },
	documents: { path: 'documents/', indexable: true, paged: true },
	document: { path: 'documents/{id}/', indexable: true, entries: 'documents', edition: 'documents' },
	'document-events': { path: 'documents/{id}/events/', indexable: false, paged: true, edition: 'documents' },
	'organization-documents': { path: 'organizations/{id}/documents/', indexable: false, paged: true, edition: 'organizations' },
	bibliography: { path: 'bibliography/', indexable: true, paged: true },
	'cited-on': { path: 'bibliography/{key}/', indexable: false, paged: true },
	notes: { path: 'notes/', indexable: true, paged: true },
	note: { path: 'notes/{id}/', indexable: true, entries: 'notes', edition: 'notes' },
	// All the editor's notes on an entry, where its page shows only some (src/lib/routing/notes-on-page.ts).
	'source-notes': { path: 'sources/{id}/notes/', indexable: false, paged: true, edition: 'sources' },
	'section-notes': { path: 'sources/{id}/notes/', indexable: false, paged: true, sectionId: true, edition: 'sections' },
	'organization-notes': { path: 'organizations/{id}/notes/', indexable: false, paged: true, edition: 'organizations' },
	'event-notes': { path: 'events/{id}/notes/', indexable: false, paged: true, edition: 'events' },
	'document-notes': { path: 'documents/{id}/notes/', indexable: false, paged: true, edition: 'documents' },
	search: { path: 'search/', indexable: false },
	about: { path: 'about/', indexable: true },
	// Where each edition's translation stands: a working list for maintainers, not a page to find.
	translations: { path: 'translations/', indexable: false, paged: true },
	data: { path: 'data/', indexable: true },
	// Downloads: files, not pages.
	'data-file': { path: 'data/{file}', indexable: false, edition: 'english' },
	'not-found': { path: '404.html', indexable: false, edition: 'english' },
};

/** The path of a route below the site root, without a leading slash, with its query or anchor. */
export function routePath(route: Route): string {
	const spec = ROUTES[route.to];
	const params = route as Record<string, string | undefined>;
	const page = 'page' in route && route.page && route.page > 1 ? `${PAGES_FOLDER}/${route.page}/` : '';
	const path = spec.path.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? '') + page;
	if (route.to === 'bibliography' && route.key) return `${path}#${route.key}`;
	if (route.to === 'search' && route.query) return `${path}?q=${encodeURIComponent(route.query)}`;
	return path;
}

/** The collections whose entries' pages show the editor's notes that concern them. */
export type NotedCollection = 'sources' | 'sections' | 'organizations' | 'events' | 'documents';

const NOTES_OF: Record<NotedCollection, RouteName> = {
	sources: 'source-notes',
	sections: 'section-notes',
	organizations: 'organization-notes',
	events: 'event-notes',
	documents: 'document-notes',
};

/** The route of the page that lists all the editor's notes on an entry. */
export function notesRoute(collection: NotedCollection, id: string, page?: number): Route {
	return { to: NOTES_OF[collection], id, page } as Route;
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
	for (const { to, spec, names, pattern } of matchers()) {
		const match = pattern.exec(bare);
		if (!match) continue;
		if (names.length === 0) return { kind: 'page', route: { to } as Route };
		const value = match[1]!;
		if (spec.entries) return { kind: 'entry', collection: spec.entries, id: value };
		return { kind: 'param', name: names[0]!, value, route: to };
	}
	return undefined;
}

/** Each route's path as a pattern, made once: every page and every link of a build asks. */
let compiled: { to: RouteName; spec: RouteSpec; names: string[]; pattern: RegExp }[] | undefined;
function matchers() {
	compiled ??= (Object.entries(ROUTES) as [RouteName, RouteSpec][]).map(([to, spec]) => {
		const names: string[] = [];
		// A section's id is `<source>/<page>`: two segments; every other parameter is one.
		const segment = (name: string) => (name === 'id' && spec.sectionId ? '([^/]+/[^/]+)' : '([^/]+)');
		const later = spec.paged ? `(?:${PAGES_FOLDER}/(?:[2-9]|[1-9]\\d+)/)?` : '';
		const body = spec.path.replace(/[.]/g, '\\.').replace(/\{(\w+)\}/g, (_, name: string) => (names.push(name), segment(name)));
		return { to, spec, names, pattern: new RegExp(`^${body}${later}$`) };
	});
	return compiled;
}

/** Whether search engines may list the page at this site path (for the sitemap and robots meta). */
export function isIndexable(path: string): boolean {
	const resolved = resolvePath(path);
	if (!resolved) return false;
	if (resolved.kind === 'page') return ROUTES[resolved.route.to].indexable;
	if (resolved.kind === 'param') return ROUTES[resolved.route].indexable;
	return true;
}

/**
 * What a route's page needs to exist in the Russian or Chinese edition: nothing (`[]`, lists and
 * fixed pages), the translation of the entries it names, or `undefined`: it is English only.
 */
export function editionNeeds(route: Route): [TranslatableCollection, string][] | undefined {
	const edition = ROUTES[route.to].edition;
	if (edition === undefined) return [];
	if (edition === 'english') return undefined;
	if (edition === 'pair') return (route as { pair: string }).pair.split('--').map((id) => ['organizations', id]);
	return [[edition, (route as { id: string }).id]];
}

/** The same for a site path as content links write it (`/organizations/sco/`), or `undefined` for none of the site's pages. */
export function pathNeeds(path: string): [TranslatableCollection, string][] | undefined {
	const resolved = resolvePath(path);
	if (!resolved) return undefined;
	if (resolved.kind === 'page') return editionNeeds(resolved.route);
	if (resolved.kind === 'entry') {
		const route = entryRoute(resolved.collection, resolved.id);
		return route ? editionNeeds(route) : undefined;
	}
	return editionNeeds({ to: resolved.route, [resolved.name]: resolved.value } as unknown as Route);
}

/**
 * Ids an entry of a collection may not take, each with the address it would collide with: a page
 * of the route table that sits where the entry's page would (the folder of a list's later pages,
 * a fixed folder beside the entries such as /events/kinds/). Read from the table, so a new route
 * reserves its folder without a second list to update. The bibliography's keys name the pages of
 * `cited-on`; a section's id ends in the folder of its source's pages.
 */
export function reservedIds(collection: CollectionName): [id: string, address: string][] {
	const specs = Object.values(ROUTES);
	const own =
		collection === 'references' ? ROUTES['cited-on'] : specs.find((spec) => spec.entries === collection && !spec.path.includes('.'));
	if (!own) return [];
	// Where the entry's own folder sits: `events/` for `events/{id}/`; a section's is its source's.
	const folder = own.path.slice(0, own.path.indexOf('{'));
	const reserved = new Map<string, string>();
	for (const spec of specs) {
		if (spec === own) continue;
		if (spec.paged && spec.path === (own.sectionId ? 'sources/{id}/' : folder))
			reserved.set(PAGES_FOLDER, `/${spec.path.replace('{id}', '<source>')}${PAGES_FOLDER}/2/`);
		if (own.sectionId) {
			// A section's page sits in its source's folder, beside the source's own fixed folders.
			const literal = !spec.sectionId && /^sources\/\{id\}\/([a-z][a-z0-9-]*)\/$/.exec(spec.path)?.[1];
			if (literal) reserved.set(literal, `/sources/<source>/${literal}/`);
			continue;
		}
		const rest = spec.path.startsWith(folder) ? spec.path.slice(folder.length) : '';
		const literal = /^([a-z][a-z0-9-]*)\//.exec(rest)?.[1];
		if (literal && !rest.startsWith('{')) reserved.set(literal, `/${folder}${literal}/`);
	}
	return [...reserved].sort(([a], [b]) => (a < b ? -1 : 1));
}
