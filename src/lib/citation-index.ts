import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { shortLabel, type Name } from './bibliography';
import type { CitationTarget } from './remark-citations';

/**
 * Reads the citable keys straight from the YAML files for the Markdown plugin, which runs before
 * Astro's content collections are available. The collections' schemas validate these same files,
 * so this reader only needs ids, authors, years and titles.
 */
export function loadCitationTargets(root: string, href: (key: string) => string): Map<string, CitationTarget> {
	const targets = new Map<string, CitationTarget>();
	const references = readYaml(root, 'content/references.yml');
	if (Array.isArray(references)) {
		for (const entry of references as { id?: unknown; author?: Name[]; issued?: number; title?: unknown }[]) {
			if (typeof entry?.id !== 'string' || typeof entry.title !== 'string') continue;
			targets.set(entry.id, { label: shortLabel({ author: entry.author ?? [], issued: entry.issued, title: entry.title }), href: href(entry.id) });
		}
	}
	for (const name of readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.yml')).sort()) {
		const id = name.slice(0, -4);
		const seed = readYaml(root, `seeds/${name}`) as {
			authors?: { name: string; family?: string }[];
			published?: unknown;
			title?: string;
		};
		targets.set(id, { label: sourceLabel(seed), href: href(id) });
	}
	return targets;
}

export function sourceLabel(seed: { authors?: { name: string; family?: string }[]; published?: unknown; title?: string }): string {
	const author: Name[] = (seed.authors ?? []).map((a) => ({ family: a.family ?? a.name.split(' ').at(-1)! }));
	const year = String(seed.published ?? '').slice(0, 4);
	return shortLabel({ author, issued: /^\d{4}$/.test(year) ? Number(year) : undefined, title: seed.title ?? '' });
}

function readYaml(root: string, path: string): unknown {
	try {
		return parse(readFileSync(join(root, path), 'utf8'));
	} catch (error) {
		// The YAML library's message gives line and column; the file name is what a maintainer needs first.
		throw new Error(`${path}: ${error instanceof Error ? error.message : String(error)}`);
	}
}
