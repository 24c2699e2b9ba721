/**
 * A content file turned into entries the checks can read: its YAML with a map from fields to
 * lines, and for Markdown its syntax tree. Reading files is src/io/content-files.ts's job; this
 * is the pure part, so tests can check a file's text without a folder.
 */
import type { Root } from 'mdast';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { COLLECTIONS, type CollectionName } from '../model/collections';
import { parseContentFile } from '../../markdown/tree';
import type { Problem } from './problems';

/** A content file as read from disk. */
export interface ContentFile {
	collection: CollectionName;
	/** The entry's id; for a list file (the bibliography), the file's own name. */
	id: string;
	/** Path from the project root. */
	file: string;
	text: string;
}

export interface Entry {
	collection: CollectionName;
	id: string;
	file: string;
	/** The entry's fields as YAML gives them, before the schema. */
	data: Record<string, unknown>;
	/** The YAML node of the entry, and the file line its text starts on. */
	yaml: { doc: Document; lines: LineCounter; offset: number };
	/** For Markdown entries: the syntax tree of the whole file, and where the body starts. */
	body?: { tree: Root; line: number; mdx: boolean; empty: boolean };
}

const YAML_FIX = 'check indentation, colons, and quote values that contain ": " or start with a special character';

function parseYaml(text: string, file: string, offset: number, problems: Problem[]) {
	const lines = new LineCounter();
	const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
	for (const error of doc.errors) {
		const pos = error.linePos?.[0];
		const line = offset + (pos?.line ?? 1) - 1;
		problems.push({
			severity: 'error',
			file,
			line,
			message: `YAML does not parse${pos ? ` (line ${line}, column ${pos.col})` : ''}: ${error.message.split('\n')[0]}`,
			fix: YAML_FIX,
		});
	}
	return doc.errors.length > 0 ? undefined : { doc, lines };
}

/** The entries of one file (several for the bibliography), and any problem reading it. */
export function parseEntries(file: ContentFile): { entries: Entry[]; problems: Problem[] } {
	const problems: Problem[] = [];
	if (/\.ya?ml$/.test(file.file)) {
		const yaml = parseYaml(file.text, file.file, 1, problems);
		if (!yaml) return { entries: [], problems };
		const data = yaml.doc.toJS() as unknown;
		if (!COLLECTIONS[file.collection].list)
			return { entries: [{ ...file, data: (data ?? {}) as Record<string, unknown>, yaml: { ...yaml, offset: 1 } }], problems };
		if (!Array.isArray(data)) {
			problems.push({
				severity: 'error',
				file: file.file,
				line: 1,
				message: 'the bibliography must be a YAML list of entries',
				fix: 'start each entry with "- id: …"',
			});
			return { entries: [], problems };
		}
		// Each item of the list is an entry of its own, with the item's YAML node for its lines.
		const entries = data.map((item: Record<string, unknown> | null, i): Entry => {
			const doc = parseDocument('');
			doc.contents = yaml.doc.getIn([i], true) as never;
			return {
				collection: file.collection,
				id: String(item?.['id'] ?? `#${i + 1}`),
				file: file.file,
				data: item ?? {},
				yaml: { doc, lines: yaml.lines, offset: 1 },
			};
		});
		return { entries, problems };
	}

	const mdx = file.file.endsWith('.mdx');
	const parsed = parseContentFile(file.text, mdx);
	if (!parsed.ok) {
		problems.push({
			severity: 'error',
			file: file.file,
			line: parsed.line,
			message: `the ${mdx ? 'MDX' : 'Markdown'} does not parse${parsed.column ? ` (line ${parsed.line}, column ${parsed.column})` : ''}: ${parsed.message}`,
			fix: mdx ? 'close every tag you open, and write a literal { or < as \\{ or \\<' : 'check the line named',
		});
		return { entries: [], problems };
	}
	const { tree, frontmatter, bodyLine } = parsed.value;
	if (!frontmatter) {
		problems.push({
			severity: 'error',
			file: file.file,
			line: 1,
			message: 'the file has no frontmatter',
			fix: 'start it with a --- line, the fields, and another --- line (see CONTRIBUTING.md)',
		});
		return { entries: [], problems };
	}
	const yaml = parseYaml(frontmatter.text, file.file, frontmatter.line, problems);
	if (!yaml) return { entries: [], problems };
	const empty = tree.children.every((node) => node.type === 'yaml');
	return {
		entries: [
			{
				...file,
				data: (yaml.doc.toJS() ?? {}) as Record<string, unknown>,
				yaml: { ...yaml, offset: frontmatter.line },
				body: { tree, line: bodyLine, mdx, empty },
			},
		],
		problems,
	};
}

/** The file line of a field of an entry, or of the entry's start where the field is absent. */
export function lineOf(entry: Pick<Entry, 'yaml'>, path: (string | number)[]): number {
	const { doc, lines, offset } = entry.yaml;
	const line = (range: [number, number] | undefined) => (range ? offset + lines.linePos(range[0]).line - 1 : undefined);
	for (let n = path.length; n > 0; n--) {
		const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number] } | undefined;
		const found = line(node?.range);
		if (found) return found;
		// A key whose value is null has no node; find the key itself in the map.
		type Pairs = { items?: { key?: { value?: unknown; range?: [number, number] } }[] };
		const parent = (n > 1 ? doc.getIn(path.slice(0, n - 1), true) : doc.contents) as Pairs | undefined;
		const keyLine = line(parent?.items?.find((i) => i.key?.value === path[n - 1])?.key?.range);
		if (keyLine) return keyLine;
	}
	return line((doc.contents as { range?: [number, number] } | null)?.range) ?? Math.max(1, offset - 1);
}
