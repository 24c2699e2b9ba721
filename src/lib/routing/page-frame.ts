/**
 * Everything about a page that follows from its address, computed once per page by the
 * middleware (src/middleware.ts) and read by the layout and components as `Astro.locals.frame`,
 * the way Starlight computes its route data: the page's links, its canonical and absolute URLs,
 * whether search engines may list it, and its breadcrumbs.
 */
import { isIndexable, routePath, type Route } from './routes';
import { absoluteUrl, fileOfPath, linksFrom, type Links } from './urls';
import { breadcrumbList, type JsonLd } from '../cite/structured-data';

export interface PageFrame extends Links {
	/** Absolute address of this page, where the site's public address is set. */
	canonical: string | undefined;
	/** Absolute address of another page, for structured data and feeds (site-root without a `site`). */
	absolute: (route: Route) => string;
	/** Search engines may list this page (the route table decides). */
	indexable: boolean;
	/** Links of a breadcrumb trail: every crumb but the last names its route. */
	crumbs: (trail: Crumb[]) => { links: { label: string; href?: string }[]; jsonLd: JsonLd | undefined };
}

export interface Crumb {
	label: string;
	/** Omitted for the current page, the last crumb. */
	route?: Route;
}

const NOT_FOUND = /^\/404(\/|\.html)?$/;

export function pageFrame({ pathname, site }: { pathname: string; site: URL | undefined }): PageFrame {
	const notFound = NOT_FOUND.test(pathname);
	const file = notFound ? '404.html' : fileOfPath(pathname);
	const rootPath = site ? new URL(site).pathname : '/';
	// A web server shows the 404 page at any depth, so it gets site-root links; every other page
	// links relative to itself (the dev server serves index.html files as the build does).
	const links = linksFrom(file, notFound ? rootPath : undefined);
	const canonical = site && !notFound ? new URL(pathname.replace(/^\//, ''), absoluteUrl(site, { to: 'home' })).href : undefined;
	const absolute = (route: Route) => (site ? absoluteUrl(site, route) : `/${routePath(route)}`);
	return {
		...links,
		canonical,
		absolute,
		indexable: !notFound && isIndexable(pathname),
		crumbs: (trail) => ({
			links: trail.map((c) => (c.route ? { label: c.label, href: links.href(c.route) } : { label: c.label })),
			jsonLd:
				trail.length > 0 ? breadcrumbList(trail.map((c) => ({ name: c.label, url: c.route ? absolute(c.route) : canonical }))) : undefined,
		}),
	};
}
