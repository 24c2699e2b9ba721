/**
 * Everything about a page that follows from its address, computed once per page by the
 * middleware (src/middleware.ts) and read by the layout and components as `Astro.locals.frame`,
 * the way Starlight computes its route data: the page's links, its canonical and absolute URLs,
 * whether search engines may list it, and its breadcrumbs.
 */
import { isIndexable, pathNeeds, type Route } from './routes';
import { absoluteUrl, fileOfPath, linksFrom, type Links } from './urls';
import { editionOf, editionPath, localizeUrl, splitEdition, type Translated } from './editions';
import { DEFAULT_LOCALE, EDITIONS, LOCALES, type Locale } from '../i18n/locales';
import { breadcrumbList, type JsonLd } from '../cite/structured-data';

export interface PageFrame extends Links {
	/** Absolute address of this page, where the site's public address is set. */
	canonical: string | undefined;
	/** Absolute address of another page, for structured data and feeds (site-root without a `site`). */
	absolute: (route: Route) => string;
	/** Search engines may list this page (the route table decides). */
	indexable: boolean;
	/** The edition the page is in. */
	locale: Locale;
	/** This page in each edition that has it, this one included, English first. */
	alternates: Alternate[];
	/** Links of a breadcrumb trail: every crumb but the last names its route. */
	crumbs: (trail: Crumb[]) => { links: { label: string; href?: string }[]; jsonLd: JsonLd | undefined };
}

export interface Alternate {
	locale: Locale;
	/** Relative link from this page. */
	href: string;
	/** Absolute address, where the site's public address is set (for `hreflang` links). */
	absolute: string | undefined;
}

export interface Crumb {
	label: string;
	/** Omitted for the current page, the last crumb. */
	route?: Route;
}

const NOT_FOUND = /^\/404(\/|\.html)?$/;

export interface FrameInput {
	pathname: string;
	site: URL | undefined;
	/** Which entries each edition has translated: links to the others go to English. */
	translated: Translated;
}

export function pageFrame({ pathname, site, translated }: FrameInput): PageFrame {
	const notFound = NOT_FOUND.test(pathname);
	const file = notFound ? '404.html' : fileOfPath(pathname);
	const rootPath = site ? new URL(site).pathname : '/';
	const { locale, path } = splitEdition(pathname);
	const sitePath = (route: Route) => `/${editionPath(route, editionOf(route, locale, translated))}`;
	// A web server shows the 404 page at any depth, so it gets site-root links; every other page
	// links relative to itself (the dev server serves index.html files as the build does).
	const links = linksFrom(file, notFound ? rootPath : undefined, sitePath);
	const home = site && absoluteUrl(site, { to: 'home' });
	const canonical = home && !notFound ? new URL(pathname.replace(/^\//, ''), home).href : undefined;
	const absolute = (route: Route) => (home ? new URL(sitePath(route).slice(1), home).href : sitePath(route));
	// The same page in the other editions: the path within the edition is the same in each.
	const needs = notFound ? undefined : pathNeeds(`/${path}`);
	const alternates = LOCALES.filter(
		(l) => needs !== undefined && (l === DEFAULT_LOCALE || needs.every(([collection, id]) => translated(l, collection, id))),
	).map((l): Alternate => {
		const target = `/${EDITIONS[l].folder ? `${EDITIONS[l].folder}/` : ''}${path}`;
		return { locale: l, href: links.url(target), absolute: home && new URL(target.slice(1), home).href };
	});
	return {
		...links,
		url: (siteUrl) => links.url(localizeUrl(siteUrl, locale, translated)),
		locale,
		alternates,
		canonical,
		absolute,
		indexable: !notFound && isIndexable(`/${path}`),
		crumbs: (trail) => ({
			links: trail.map((c) => (c.route ? { label: c.label, href: links.href(c.route) } : { label: c.label })),
			jsonLd:
				trail.length > 0 ? breadcrumbList(trail.map((c) => ({ name: c.label, url: c.route ? absolute(c.route) : canonical }))) : undefined,
		}),
	};
}
