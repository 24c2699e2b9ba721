/**
 * The one place internal URLs are made. Every page writes each link relative to its own file and
 * naming `index.html`, so the same build works at a domain root, under any sub-path and opened
 * from disk (where a link to a folder would show a file listing). Paths come from the route table
 * (src/lib/routing/routes.ts).
 */
import { routePath, type Route } from './routes';

/** The file a page is built to, from its path below the site root: `organizations/sco/` → `organizations/sco/index.html`. */
export function fileOfPath(path: string): string {
	const bare = decodeURIComponent(path).replace(/^\//, '');
	if (bare === '' || bare.endsWith('/')) return `${bare}index.html`;
	// A file (`_astro/x.css`, `404.html`) is itself; a page path without a slash is Astro's `x.html`.
	return /\.[a-z0-9]+$/i.test(bare.split('/').at(-1)!) ? bare : `${bare}.html`;
}

/**
 * How a built page links to another: `fromFile` is the page's path inside the build
 * (`organizations/sco/index.html`), `url` a site-root URL (`/organizations/unodc/#x`).
 */
export function relativeUrl(fromFile: string, url: string, from = folders(fromFile)): string {
	const match = /^\/([^?#]*)(\?[^#]*)?(#.*)?$/.exec(url);
	if (!match || url.startsWith('//')) return url;
	const [, path = '', query = '', hash = ''] = match;
	const target = fileOfPath(path);
	const to = target.split('/');
	let common = 0;
	while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
	const relative = [...Array<string>(from.length - common).fill('..'), ...to.slice(common)].join('/');
	// A link to the page itself with only an anchor stays an anchor, so it does not reload the page.
	if (target === fromFile && hash && !query) return hash;
	return relative + query + hash;
}

/** The folders a built file is in, from the site's root: `organizations/sco/index.html` → organizations, sco. */
const folders = (file: string) => file.split('/').slice(0, -1);

/** The way back from a built page to the site's root folder: `""`, `"../"`, `"../../"`. */
export function rootOf(fromFile: string): string {
	return '../'.repeat(fromFile.split('/').length - 1);
}

export interface Links {
	/** The page's own file inside the build. */
	file: string;
	/** From this page to the site's root folder, for scripts that find the site's files. */
	root: string;
	/** A link to another page of the site. */
	href: (route: Route) => string;
	/** A link to a file of the build (`/_astro/x.css`, `/pagefind/…`), by its path from the site root. */
	asset: (path: string) => string;
	/** Any site-root URL (`/organizations/sco/#facts`), as Markdown content writes them. */
	url: (siteUrl: string) => string;
}

/**
 * The links of one page, relative to its file. `rootPath` (the site's path, usually `/`) gives
 * site-root links instead, for the 404 page, which a web server shows at any depth.
 */
export function linksFrom(file: string, rootPath?: string, sitePath: (route: Route) => string = (route) => `/${routePath(route)}`): Links {
	// Split once: a page makes dozens of links.
	const from = folders(file);
	const url = (siteUrl: string) => {
		if (!siteUrl.startsWith('/') || siteUrl.startsWith('//')) return siteUrl;
		return rootPath === undefined ? relativeUrl(file, siteUrl, from) : rootPath.replace(/\/?$/, '/') + siteUrl.slice(1);
	};
	return {
		file,
		root: rootPath === undefined ? rootOf(file) : rootPath.replace(/\/?$/, '/'),
		href: (route) => url(sitePath(route)),
		asset: (path) => url(path.startsWith('/') ? path : `/${path}`),
		url,
	};
}

/** The canonical, absolute address of a route, from the site's public address; `path` is the route's path in an edition. */
export function absoluteUrl(site: URL | string, route: Route, path = routePath(route)): string {
	const base = new URL(site);
	if (!base.pathname.endsWith('/')) base.pathname += '/';
	return new URL(path, base).href;
}
