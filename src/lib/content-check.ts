/**
 * Checks all content at once, without building the site, and reports every problem with the
 * file, the line, the field and how to fix it. Maintainers edit Markdown and YAML by pull
 * request; this is the reviewer that reads every file. `npm run check` prints the report, and
 * every build runs it first and stops on errors, so nothing half-built is published.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'astro/zod';
import { findCitations } from './citations';
import { eventKinds, EventSchema } from '../schemas/event';
import { OrganizationSchema } from '../schemas/organization';
import { ReferenceSchema } from '../schemas/reference';
import { SectionSchema, SUMMARY_MAX } from '../schemas/section';
import { SourceSchema } from '../schemas/source';
import type { Reference } from '../schemas/common';

export interface Problem {
	severity: 'error' | 'warning';
	/** Path from the project root. */
	file: string;
	line: number;
	/** The frontmatter field, where the problem is in one. */
	field?: string;
	message: string;
	/** What to do about it. */
	fix?: string;
}


/** The components MDX content may use; see src/content-components/. */
export const CONTENT_COMPONENTS = ['EditorNote'];

type Collection = 'sources' | 'sections' | 'organizations' | 'events' | 'references';

interface Entry {
	collection: Collection;
	id: string;
	file: string;
	/** Line in the file where the YAML starts (frontmatter begins after the first `---`). */
	offset: number;
	doc: Document;
	lines: LineCounter;
	data: Record<string, unknown>;
	body?: string;
	bodyStart?: number;
}

const where: Record<Collection, string> = {
	sources: 'seeds/<id>.yml',
	sections: 'content/sources/<source>/<page>.mdx',
	organizations: 'content/organizations/<id>.mdx',
	events: 'content/events/<id>.mdx',
	references: 'content/references.yml',
};

function listFiles(dir: string, pattern: RegExp): string[] {
	return existsSync(dir) ? readdirSync(dir).filter((f) => pattern.test(f)).sort() : [];
}

function parseYaml(text: string) {
	const lines = new LineCounter();
	const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
	return { doc, lines };
}

/** Line of a field in an entry's YAML, or of the entry's start where the field is absent. */
function lineOf(entry: Pick<Entry, 'doc' | 'lines' | 'offset'>, path: (string | number)[]): number {
	for (let n = path.length; n > 0; n--) {
		const node = entry.doc.getIn(path.slice(0, n), true) as { range?: [number, number] } | undefined;
		if (node?.range) return entry.offset + entry.lines.linePos(node.range[0]).line - 1;
		// A key whose value is null has no node; find the key itself in the map.
		const parent = n > 1 ? (entry.doc.getIn(path.slice(0, n - 1), true) as { items?: { key?: { value?: unknown; range?: [number, number] } }[] }) : (entry.doc.contents as { items?: { key?: { value?: unknown; range?: [number, number] } }[] });
		const pair = parent?.items?.find((i) => i.key?.value === path[n - 1]);
		if (pair?.key?.range) return entry.offset + entry.lines.linePos(pair.key.range[0]).line - 1;
	}
	return Math.max(1, entry.offset - 1);
}

function valueAt(data: unknown, path: (string | number)[]): unknown {
	return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string | number, unknown>)[key] : undefined), data);
}

function closest(word: string, candidates: string[]): string | undefined {
	const distance = (a: string, b: string) => {
		const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
		for (let j = 1; j <= b.length; j++) d[0]![j] = j;
		for (let i = 1; i <= a.length; i++)
			for (let j = 1; j <= b.length; j++)
				d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
		return d[a.length]![b.length]!;
	};
	const best = candidates.map((c) => [c, distance(word, c)] as const).sort((a, b) => a[1] - b[1])[0];
	return best && best[1] <= Math.max(2, Math.floor(word.length / 3)) ? best[0] : undefined;
}

export function checkContent(root: string): Problem[] {
	const problems: Problem[] = [];
	const entries: Entry[] = [];

	const add = (collection: Collection, id: string, file: string, text: string, markdown: boolean) => {
		let yamlText = text;
		let offset = 1;
		let body: string | undefined;
		let bodyStart: number | undefined;
		if (markdown) {
			const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
			if (!match) {
				problems.push({ severity: 'error', file, line: 1, message: 'the file has no frontmatter', fix: 'start it with a --- line, the fields, and another --- line (see CONTRIBUTING.md)' });
				return;
			}
			yamlText = match[1]!;
			offset = 2;
			body = text.slice(match[0].length);
			bodyStart = match[0].split('\n').length;
		}
		const { doc, lines } = parseYaml(yamlText);
		for (const error of doc.errors) {
			const pos = error.linePos?.[0];
			problems.push({
				severity: 'error',
				file,
				line: offset + (pos?.line ?? 1) - 1,
				message: `YAML does not parse${pos ? ` (line ${offset + pos.line - 1}, column ${pos.col})` : ''}: ${error.message.split('\n')[0]}`,
				fix: 'check indentation, colons, and quote values that contain ": " or start with a special character',
			});
		}
		if (doc.errors.length > 0) return;
		const entry: Entry = { collection, id, file, offset, doc, lines, data: (doc.toJS() ?? {}) as Record<string, unknown> };
		if (body !== undefined && bodyStart !== undefined) Object.assign(entry, { body, bodyStart });
		entries.push(entry);
	};

	for (const name of listFiles(join(root, 'seeds'), /\.ya?ml$/)) {
		add('sources', name.replace(/\.ya?ml$/, ''), `seeds/${name}`, readFileSync(join(root, 'seeds', name), 'utf8'), false);
	}
	for (const source of listFiles(join(root, 'content/sources'), /^[^.]+$/)) {
		for (const name of listFiles(join(root, 'content/sources', source), /\.mdx?$/)) {
			add('sections', `${source}/${name.replace(/\.mdx?$/, '')}`, `content/sources/${source}/${name}`, readFileSync(join(root, 'content/sources', source, name), 'utf8'), true);
		}
	}
	for (const collection of ['organizations', 'events'] as const) {
		for (const name of listFiles(join(root, 'content', collection), /\.mdx?$/)) {
			add(collection, name.replace(/\.mdx?$/, ''), `content/${collection}/${name}`, readFileSync(join(root, 'content', collection, name), 'utf8'), true);
		}
	}

	// The bibliography is one YAML list; each item is an entry of its own for the checks below.
	const refFile = 'content/references.yml';
	const refPath = join(root, refFile);
	// When the bibliography cannot be read, every citation would look unknown; report the cause only.
	let bibliographyRead = false;
	if (existsSync(refPath)) {
		const refText = readFileSync(refPath, 'utf8');
		const todo = refText.split('\n').findIndex((l) => /\bTODO\b/.test(l));
		if (todo >= 0) problems.push({ severity: 'warning', file: refFile, line: todo + 1, message: 'a TODO placeholder from `npm run new` is still in the bibliography', fix: 'complete the entry and remove the TODO comment' });
		const { doc, lines } = parseYaml(refText);
		for (const error of doc.errors) {
			const pos = error.linePos?.[0];
			problems.push({ severity: 'error', file: refFile, line: pos?.line ?? 1, message: `YAML does not parse (line ${pos?.line}, column ${pos?.col}): ${error.message.split('\n')[0]}`, fix: 'check indentation and quote titles that contain ": "' });
		}
		if (doc.errors.length === 0) {
			bibliographyRead = true;
			const list = doc.toJS() as unknown;
			if (!Array.isArray(list)) {
				problems.push({ severity: 'error', file: refFile, line: 1, message: 'the bibliography must be a YAML list of entries', fix: 'start each entry with "- id: …"' });
			} else {
				list.forEach((item: Record<string, unknown>, i) => {
					const sub = parseDocument('');
					sub.contents = doc.getIn([i], true) as never;
					entries.push({ collection: 'references', id: String(item?.['id'] ?? `#${i + 1}`), file: refFile, offset: 1, doc: sub, lines, data: item ?? {} });
				});
			}
		}
	}

	// Ids, and files that would build to the same page.
	const ids: Record<Collection, Set<string>> = { sources: new Set(), sections: new Set(), organizations: new Set(), events: new Set(), references: new Set() };
	const firstFile = new Map<string, Entry>();
	for (const entry of entries) {
		const key = `${entry.collection}:${entry.id}`;
		const earlier = firstFile.get(key);
		if (earlier) {
			problems.push({
				severity: 'error',
				file: entry.file,
				line: lineOf(entry, ['id']),
				...(entry.collection === 'references' ? { field: 'id' } : {}),
				message: `the id "${entry.id}" is already used by ${earlier.file}${earlier.file === entry.file ? ` (line ${lineOf(earlier, ['id'])})` : ''}; both would build to the same page or anchor`,
				fix: 'give one of them another id (rename the file, or change `id:` in the bibliography)',
			});
		} else firstFile.set(key, entry);
		ids[entry.collection].add(entry.id);
	}
	for (const entry of entries.filter((e) => e.collection === 'events' && e.id === 'kinds')) {
		problems.push({ severity: 'error', file: entry.file, line: 1, message: 'an event named "kinds" would build to the same address as the timeline filters (/events/kinds/)', fix: 'rename the file' });
	}

	// Frontmatter against the schemas, with references checked against the ids that exist.
	const reference = ((collection: Collection) =>
		z.string().superRefine((id, ctx) => {
			if (!ids[collection]?.has(id)) {
				const suggestion = closest(id, [...(ids[collection] ?? [])]);
				ctx.addIssue({ code: 'custom', message: `there is no ${collection.replace(/s$/, '')} with the id "${id}"${suggestion ? `; did you mean "${suggestion}"?` : ''} (${where[collection]})` });
			}
		}).transform((id) => ({ collection, id }))) as unknown as Reference;
	const schemas: Record<Collection, z.ZodType> = {
		sources: SourceSchema(reference),
		sections: SectionSchema(reference),
		organizations: OrganizationSchema(reference),
		events: EventSchema(reference),
		references: ReferenceSchema(reference),
	};
	for (const entry of entries) {
		const result = schemas[entry.collection].safeParse(entry.data);
		if (result.success) continue;
		for (const issue of result.error.issues) {
			const keys = issue.code === 'unrecognized_keys' ? (issue as { keys: string[] }).keys : [undefined];
			for (const key of keys) {
				const path = key === undefined ? issue.path : [...issue.path, key];
				const field = path.join('.');
				const problem: Problem = { severity: 'error', file: entry.file, line: lineOf(entry, path as (string | number)[]), field, message: issue.message };
				if (issue.code === 'unrecognized_keys') {
					const known = Object.keys((schemas[entry.collection] as unknown as { shape?: Record<string, unknown> }).shape ?? {});
					const suggestion = closest(String(key), known);
					problem.message = `unknown field "${key}"`;
					problem.fix = suggestion ? `did you mean "${suggestion}"?` : `remove it, or see the fields in src/schemas/`;
				} else if (issue.code === 'invalid_type' && valueAt(entry.data, path as (string | number)[]) === undefined) {
					problem.message = `the required field "${field}" is missing`;
					problem.fix = `add it (its meaning is in src/schemas/, one comment per field)`;
				} else if (issue.code === 'invalid_value') {
					problem.fix = `use one of: ${((issue as { values?: unknown[] }).values ?? []).join(', ')}`;
				}
				problems.push(problem);
			}
		}
	}

	// Every section listed by its source, and only those.
	for (const source of entries.filter((e) => e.collection === 'sources')) {
		const listed = new Set((source.data['sections'] as string[] | undefined) ?? []);
		for (const section of entries.filter((e) => e.collection === 'sections' && e.id.startsWith(`${source.id}/`))) {
			if (!listed.has(section.id)) {
				problems.push({ severity: 'error', file: section.file, line: 1, message: `this section is not in the sections list of ${source.file}`, fix: `add "- ${section.id}" there, in the order of the source` });
			}
		}
	}

	// Bodies: citations, notes, links, what MDX may contain, images, emptiness.
	const citable = new Set([...ids.references, ...ids.sources]);
	const slugs = new Map<string, Set<string>>();
	const headingSlugs = (entry: Entry) => {
		let set = slugs.get(entry.file);
		if (!set) {
			const slugger = new GithubSlugger();
			set = new Set([...(entry.body ?? '').matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => slugger.slug(m[1]!.trim())));
			slugs.set(entry.file, set);
		}
		return set;
	};
	const pageFor = (path: string): { exists: boolean; entry?: Entry; anchors?: Set<string> } => {
		const fixed = ['/', '/sources/', '/organizations/', '/events/', '/bibliography/', '/search/', '/about/'];
		if (fixed.includes(path)) return { exists: true, ...(path === '/bibliography/' ? { anchors: new Set(citable) } : {}) };
		let m = /^\/events\/kinds\/([a-z-]+)\/$/.exec(path);
		if (m) return { exists: (eventKinds as readonly string[]).includes(m[1]!) };
		m = /^\/(sources|organizations|events)\/(.+)\/$/.exec(path);
		if (!m) return { exists: false };
		const collection = m[1] === 'sources' ? (m[2]!.includes('/') ? 'sections' : 'sources') : (m[1] as Collection);
		const entry = entries.find((e) => e.collection === collection && e.id === m![2]);
		return entry ? { exists: true, entry } : { exists: false };
	};

	for (const entry of entries.filter((e) => e.body !== undefined)) {
		const body = entry.body!;
		const lineAt = (index: number) => entry.bodyStart! + body.slice(0, index).split('\n').length - 1;
		const inCode = body.replace(/^(```|~~~)[\s\S]*?^\1/gm, (block) => block.replace(/[^\n]/g, ' '));
		const report = (index: number, message: string, fix: string, severity: Problem['severity'] = 'error') =>
			problems.push({ severity, file: entry.file, line: lineAt(index), message, fix });

		if (body.trim() === '' && entry.collection !== 'events') {
			problems.push({ severity: 'error', file: entry.file, line: entry.bodyStart ?? 1, message: `the ${entry.collection === 'sections' ? 'section' : 'profile'} has no text below the frontmatter`, fix: 'write the page in the project’s own words, with citations (see CONTRIBUTING.md)' });
		}
		const todo = /\bTODO\b/.exec(JSON.stringify(entry.data) + body);
		if (todo) {
			problems.push({ severity: 'warning', file: entry.file, line: entry.bodyStart ?? 1, message: 'a TODO placeholder from `npm run new` is still in the file', fix: 'replace every TODO with the real text before merging' });
		}
		const summary = entry.data['summary'];
		if (typeof summary === 'string' && summary.length > SUMMARY_MAX) {
			problems.push({ severity: 'warning', file: entry.file, line: lineOf(entry, ['summary']), field: 'summary', message: `the summary is ${summary.length} characters; cards, timelines and lists show up to ${SUMMARY_MAX} comfortably`, fix: 'shorten it to one or two sentences' });
		}

		for (const match of bibliographyRead ? findCitations(inCode) : []) {
			for (const item of match.items) {
				if (!citable.has(item.key)) {
					const suggestion = closest(item.key, [...citable]);
					report(match.start, `unknown citation key "@${item.key}"`, suggestion ? `did you mean "@${suggestion}"? Keys are the ids in content/references.yml and seeds/` : 'add the work to content/references.yml, or cite an existing id');
				}
			}
		}

		const defined = new Map<string, number>();
		for (const m of inCode.matchAll(/^\[\^([^\]\s]+)\]:/gm)) defined.set(m[1]!, m.index);
		const used = new Set<string>();
		for (const m of inCode.matchAll(/\[\^([^\]\s]+)\](?!:)/g)) {
			used.add(m[1]!);
			if (!defined.has(m[1]!)) report(m.index, `the note [^${m[1]}] has no definition`, `add a line "[^${m[1]}]: …" at the end of the page`);
		}
		for (const [name, index] of defined) {
			if (!used.has(name)) report(index, `the note [^${name}] is defined but never referred to`, `refer to it with [^${name}] in the text, or remove it`, 'warning');
		}

		for (const m of inCode.matchAll(/\]\((\/[^)\s]*)\)/g)) {
			const [path, anchor] = m[1]!.split('#') as [string, string | undefined];
			const target = pageFor(path);
			if (!target.exists) {
				report(m.index, `the link ${m[1]} leads to no page`, 'link to an existing page by its site path, e.g. /organizations/sco/ or /events/<id>/ (trailing slash included)');
			} else if (anchor) {
				const anchors = target.anchors ?? (target.entry ? headingSlugs(target.entry) : new Set<string>());
				if (!anchors.has(anchor)) report(m.index, `the link ${m[1]} names an anchor (#${anchor}) that page does not have`, 'use a heading of that page (its id is the heading in lower case with hyphens) or a bibliography key');
			}
		}

		if (entry.file.endsWith('.mdx')) {
			for (const m of inCode.matchAll(/^\s*(import|export)\s/gm)) {
				report(m.index, `MDX ${m[1]} statements are not allowed in content`, `remove it: content may use only ${CONTENT_COMPONENTS.join(', ')}, which every page provides`);
			}
			for (const m of inCode.matchAll(/<([A-Z][A-Za-z0-9]*)/g)) {
				if (!CONTENT_COMPONENTS.includes(m[1]!)) report(m.index, `<${m[1]}> is not a component content may use`, `use only ${CONTENT_COMPONENTS.join(', ')}`);
			}
		} else {
			for (const m of inCode.matchAll(/<([A-Z][A-Za-z0-9]*)/g)) {
				report(m.index, `<${m[1]}> in a .md file is shown as text, not as a component`, 'rename the file to .mdx');
			}
		}
		for (const m of inCode.matchAll(/<(script|iframe|style|object|embed)\b/gi)) {
			report(m.index, `raw <${m[1]!.toLowerCase()}> is not allowed in content`, 'remove it: pages carry no scripts, frames or styles of their own');
		}
		for (const m of inCode.matchAll(/<[a-z][^>]*\son[a-z]+\s*=/gi)) {
			report(m.index, 'an event handler attribute (on…=) is not allowed in content', 'remove it');
		}
		for (const m of inCode.matchAll(/!\[[^\]]*\]\(\s*(?:https?:)?\/\/[^)]*\)|<img[^>]*\ssrc=["']?(?:https?:)?\/\//gi)) {
			report(m.index, 'a remote image would break the offline edition and tell another server who reads the page', 'download the image into the repository (with its licence) and refer to it by a relative path, or drop it');
		}
	}

	return problems.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
}

export function formatProblem(p: Problem): string {
	return `${p.severity === 'error' ? 'error  ' : 'warning'} ${p.file}:${p.line}${p.field ? ` (${p.field})` : ''}: ${p.message}${p.fix ? `\n          fix: ${p.fix}` : ''}`;
}
