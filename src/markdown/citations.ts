import type { FootnoteDefinition, PhrasingContent } from 'mdast';
import { defineMdastPlugin, type MdastPluginEntry, type PluginFactoryContext } from 'satteri';
import { canCite, findCitations, type Citation, type CitationMatch } from '../lib/cite/citation-syntax';
import type { WorkLabel } from '../lib/model/bibliography';
import { routePath } from '../lib/routing/routes';
import { contentOfFile, relativeFile } from './file';

/** What a note shows of a work it cites, and where it links: src/lib/model/bibliography.ts. */
export type CitationTarget = WorkLabel;

export interface CitationsOptions {
	/**
	 * Every citable key: the bibliography and the sources themselves. A function, read for each
	 * file, so that a work added while the dev server runs can be cited at once.
	 */
	targets: () => ReadonlyMap<string, CitationTarget>;
	/** Directory that file paths in error messages are made relative to. */
	root?: string;
}

class UnknownCitationError extends Error {
	constructor(
		readonly file: string,
		readonly key: string,
		readonly line: number | undefined,
	) {
		super(
			`${file}${line ? `:${line}` : ''}: unknown citation key "@${key}". ` +
				`Cite an entry that exists in content/references.yml (or a source id in seeds/), ` +
				`or add the work to content/references.yml with id: ${key}.`,
		);
		this.name = 'UnknownCitationError';
	}
}

/**
 * Turns `[@key, p. 12]` into a numbered footnote whose note links to the bibliography entry, so
 * citations and the author's own notes share one numbering at the foot of the page. Links are
 * written as site paths; the page-links plugin, which runs next, makes them relative to the page.
 * A factory: each document gets its own numbering.
 *
 * An editor's note is the exception: it is shown inside the pages it concerns, whose numbered
 * notes it cannot add to, so it cites inline, "(Kazinform 2024).", on its own page too.
 */
export function citations(options: CitationsOptions): MdastPluginEntry {
	return (document: PluginFactoryContext) => {
		// Most entries cite nothing: they skip the walk altogether.
		if (!document.source.includes('[@')) return null;
		const file = relativeFile(document.fileURL, options.root);
		const targets = options.targets();
		const inline = citesInline(file);
		const definitions: FootnoteDefinition[] = [];
		// The same citation twice on a page is one note, referred to twice (lettered back-links);
		// the same work with another locator is a note of its own, so each note names one place.
		const byCitation = new Map<string, string>();
		const footnote = (match: CitationMatch, line: number | undefined): PhrasingContent => {
			const same = match.items.map((c) => `${c.key}|${c.locator ?? ''}`).join(';');
			let id = byCitation.get(same);
			if (!id) {
				id = `cite-${definitions.length + 1}`;
				byCitation.set(same, id);
				const children = [...references(match.items, targets, file, line), { type: 'text', value: '.' } as const];
				definitions.push({ type: 'footnoteDefinition', identifier: id, label: id, children: [{ type: 'paragraph', children }] });
			}
			return { type: 'footnoteReference', identifier: id, label: id };
		};
		return defineMdastPlugin({
			name: 'citations',
			options: { position: true },
			text(node, ctx) {
				const matches = findCitations(node.value);
				if (matches.length === 0 || !canCite(ctx.parent(node)?.type)) return;
				const line = node.position?.start.line;
				const replacement: PhrasingContent[] = [];
				let last = 0;
				for (const match of matches) {
					let before = node.value.slice(last, match.start);
					// Written after the full stop, as a footnote is; read inline, it goes before it, in
					// the parentheses of the text's script: "… (Li 2025)." but "…（Li 2025）。".
					const stop = inline ? (/[.;:,。；：，]$/u.exec(before)?.[0] ?? '') : '';
					const text = before.slice(0, before.length - stop.length).trimEnd();
					const [open, close] = /[\p{Script=Han}。；：，）」』]$/u.test(text + stop) ? ['（', '）'] : [' (', ')'];
					if (inline) before = `${text}${open}`;
					if (before) replacement.push({ type: 'text', value: before });
					if (inline) replacement.push(...references(match.items, targets, file, line), { type: 'text', value: `${close}${stop}` });
					else replacement.push(footnote(match, line));
					last = match.end;
				}
				if (last < node.value.length) replacement.push({ type: 'text', value: node.value.slice(last) });
				ctx.replaceNode(node, replacement);
			},
			after(root, ctx) {
				if (definitions.length > 0) ctx.appendChild(root, definitions);
			},
		});
	};
}

/** Whether a file is an editor's note or its translation, which cite inline. */
function citesInline(file: string): boolean {
	return contentOfFile(file)?.collection === 'notes';
}

/** "Ma 2006, p. 228; Chen and Wang 2023", each label linked to its bibliography entry. */
function references(
	items: Citation[],
	targets: ReadonlyMap<string, CitationTarget>,
	file: string,
	line: number | undefined,
): PhrasingContent[] {
	const out: PhrasingContent[] = [];
	items.forEach((item, i) => {
		const target = targets.get(item.key);
		if (!target) throw new UnknownCitationError(file, item.key, line);
		if (i > 0) out.push({ type: 'text', value: '; ' });
		out.push({
			type: 'link',
			url: `/${routePath({ to: 'bibliography', key: item.key, page: target.page })}`,
			children: [{ type: 'text', value: target.label }],
		});
		if (item.locator) out.push({ type: 'text', value: `, ${item.locator}` });
	});
	return out;
}
