import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { ids, links } from './html';

/** Every HTML file below `root`, as paths relative to it, sorted. */
function htmlFiles(root: string): string[] {
	const out: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir).sort()) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) walk(path);
			else if (name.endsWith('.html')) out.push(relative(root, path).split('\\').join('/'));
		}
	};
	walk(root);
	return out;
}

/**
 * The built file a link on `page` opens, as a browser reading from disk resolves it, or
 * undefined for external links and bare anchors. Site-root URLs are allowed only on 404.html,
 * which a web server shows at any depth.
 */
function fileFor(page: string, url: string): string | undefined {
	if (/^[a-z][a-z0-9+.-]*:|^\/\/|^#/i.test(url)) return undefined;
	const path = decodeURIComponent(url.split('#')[0]!.split('?')[0]!);
	if (path.startsWith('/')) {
		if (page !== '404.html') return `ROOT-RELATIVE ${url}`;
		return path === '/' || path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1);
	}
	return normalize(join(dirname(page), path))
		.split('\\')
		.join('/');
}

/** Links that do not open a file, or whose #anchor names no element; empty when all resolve. */
export function brokenLinks(root: string): string[] {
	const broken: string[] = [];
	const idsOf = new Map<string, Set<string>>();
	const idsIn = (file: string) => {
		let set = idsOf.get(file);
		if (!set) idsOf.set(file, (set = ids(readFileSync(join(root, file), 'utf8'))));
		return set;
	};
	for (const page of htmlFiles(root)) {
		const html = readFileSync(join(root, page), 'utf8');
		for (const url of links(html)) {
			if (url.startsWith('#')) {
				if (url.length > 1 && !idsIn(page).has(decodeURIComponent(url.slice(1)))) broken.push(`${page}: ${url}`);
				continue;
			}
			const file = fileFor(page, url);
			if (file === undefined) continue;
			const path = join(root, file);
			if (file.endsWith('/') || !existsSync(path) || !statSync(path).isFile()) {
				broken.push(`${page}: ${url} (no file ${file})`);
				continue;
			}
			const anchor = url.split('#')[1];
			if (anchor && file.endsWith('.html') && !idsIn(file).has(decodeURIComponent(anchor))) broken.push(`${page}: ${url} (no #${anchor})`);
		}
	}
	return broken;
}
