import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const ROOT = join(import.meta.dirname, '..', '..');

export interface Pointer {
	source: string;
	section?: string;
}
export interface Entry {
	id: string;
	file: string;
	data: Record<string, unknown> & { organizations?: string[]; events?: string[]; sources?: Pointer[] };
	body: string;
}

/** Reads every Markdown entry of a folder: frontmatter as data, the rest as body. */
function readEntries(dir: string, idPrefix = '', root = ROOT): Entry[] {
	return readdirSync(join(root, dir))
		.filter((f) => /\.mdx?$/.test(f))
		.sort()
		.map((f) => {
			const text = readFileSync(join(root, dir, f), 'utf8');
			const [, front = '', ...rest] = text.split(/^---$/m);
			return { id: idPrefix + f.replace(/\.mdx?$/, ''), file: `${dir}/${f}`, data: parse(front) ?? {}, body: rest.join('---') };
		});
}

export function loadContent(root = ROOT) {
	const sourceIds = readdirSync(join(root, 'seeds'))
		.filter((f) => f.endsWith('.yml'))
		.map((f) => f.slice(0, -4))
		.sort();
	return {
		sourceIds,
		seeds: Object.fromEntries(sourceIds.map((id) => [id, parse(readFileSync(join(root, 'seeds', `${id}.yml`), 'utf8'))])),
		sections: sourceIds.flatMap((s) => readEntries(`content/sources/${s}`, `${s}/`, root)),
		organizations: readEntries('content/organizations', '', root),
		events: readEntries('content/events', '', root),
		references: parse(readFileSync(join(root, 'content/references.yml'), 'utf8')) as { id: string; listed?: { source: string; number: number } }[],
	};
}
