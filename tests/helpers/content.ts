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
function readEntries(dir: string, idPrefix = ''): Entry[] {
	return readdirSync(join(ROOT, dir))
		.filter((f) => /\.mdx?$/.test(f))
		.sort()
		.map((f) => {
			const text = readFileSync(join(ROOT, dir, f), 'utf8');
			const [, front = '', ...rest] = text.split(/^---$/m);
			return { id: idPrefix + f.replace(/\.mdx?$/, ''), file: `${dir}/${f}`, data: parse(front) ?? {}, body: rest.join('---') };
		});
}

export function loadContent() {
	const sourceIds = readdirSync(join(ROOT, 'seeds'))
		.filter((f) => f.endsWith('.yml'))
		.map((f) => f.slice(0, -4))
		.sort();
	return {
		sourceIds,
		seeds: Object.fromEntries(sourceIds.map((id) => [id, parse(readFileSync(join(ROOT, 'seeds', `${id}.yml`), 'utf8'))])),
		sections: sourceIds.flatMap((s) => readEntries(`content/sources/${s}`, `${s}/`)),
		organizations: readEntries('content/organizations'),
		events: readEntries('content/events'),
		references: parse(readFileSync(join(ROOT, 'content/references.yml'), 'utf8')) as { id: string; listed?: { source: string; number: number } }[],
	};
}
