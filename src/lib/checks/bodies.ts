/**
 * The bodies of Markdown entries, checked on their syntax trees: citations, notes, links and
 * their anchors, and what MDX content may contain. Walking the tree means code and inline code
 * are never read as citations or headings, and reference-style links are checked like inline ones.
 */
import { fromHtml } from 'hast-util-from-html';
import type { Element } from 'hast';
import type { Node, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { CONTENT_COMPONENTS } from '../../content-components/names';

const COMPONENTS_ALLOWED =
	CONTENT_COMPONENTS.length > 0
		? `content may use only ${(CONTENT_COMPONENTS as readonly string[]).join(', ')}, which every page provides`
		: 'content uses no components; an editor’s note is an entry of its own in content/notes/';
import { citationsIn } from '../cite/citation-syntax';
import { headingOutline } from '../model/headings';
import { resolvePath } from '../routing/routes';
import type { Entry } from './entries';
import { closest, type Problem } from './problems';

const FORBIDDEN_ELEMENTS = new Set(['script', 'iframe', 'style', 'object', 'embed']);

/** What a link's target must offer: the entries that exist, and the anchors of each page. */
export interface LinkTargets {
	/** Whether an entry exists, for links to entry pages. */
	has: (collection: string, id: string) => boolean;
	/** Whether a parameter value exists, such as an event kind in /events/kinds/<kind>/. */
	hasParam: (route: string, value: string) => boolean;
	/** The anchors of a page at a site path, when they are known. */
	anchors: (path: string) => Set<string> | undefined;
	/** Every citable key. */
	citable: Set<string> | undefined;
}

/** The heading anchors of a body, as the renderer makes them (GitHub's slugs). */
export function headingAnchors(tree: Root): Set<string> {
	return new Set(headingOutline(tree).map((h) => h.slug));
}

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

export function checkBody(entry: Entry, targets: LinkTargets): Problem[] {
	const body = entry.body;
	if (!body) return [];
	const problems: Problem[] = [];
	const report = (node: Node | undefined, message: string, fix: string, severity: Problem['severity'] = 'error') =>
		problems.push({ severity, file: entry.file, line: node?.position?.start.line ?? body.line, message, fix });

	// A translation's text is required where its English entry has text (src/lib/checks/translations.ts).
	if (body.empty && entry.collection !== 'events' && entry.collection !== 'translations') {
		problems.push({
			severity: 'error',
			file: entry.file,
			line: body.line,
			message: `the ${{ sections: 'section', notes: 'note', documents: 'document' }[entry.collection as string] ?? 'profile'} has no text below the frontmatter`,
			fix: 'write the page in the project’s own words, with citations (see CONTRIBUTING.md)',
		});
	}

	if (targets.citable) {
		for (const { node, matches } of citationsIn(body.tree)) {
			for (const item of matches.flatMap((m) => m.items)) {
				if (targets.citable.has(item.key)) continue;
				const suggestion = closest(item.key, targets.citable);
				report(
					node,
					`unknown citation key "@${item.key}"`,
					suggestion
						? `did you mean "@${suggestion}"? Keys are the ids in content/references.yml and seeds/`
						: 'add the work to content/references.yml, or cite an existing id',
				);
			}
		}
	}

	checkNotes(body.tree, report);

	const checkLink = (node: Node, url: string) => {
		if (!url.startsWith('/') || url.startsWith('//')) return;
		const [path = '', anchor] = url.split('#') as [string, string | undefined];
		const resolved = resolvePath(path.split('?')[0]!);
		const exists =
			resolved &&
			(resolved.kind === 'page' ||
				(resolved.kind === 'entry' ? targets.has(resolved.collection, resolved.id) : targets.hasParam(resolved.route, resolved.value)));
		if (!exists) {
			report(
				node,
				`the link ${url} leads to no page`,
				'link to an existing page by its site path, e.g. /organizations/sco/ or /events/<id>/ (trailing slash included)',
			);
		} else if (anchor && !targets.anchors(path)?.has(anchor)) {
			report(
				node,
				`the link ${url} names an anchor (#${anchor}) that page does not have`,
				'use a heading of that page (its id is the heading in lower case with hyphens) or a bibliography key',
			);
		}
	};
	const checkImage = (node: Node, src: string) => {
		if (/^(?:https?:)?\/\//i.test(src))
			report(
				node,
				'a remote image would break the offline edition and tell another server who reads the page',
				'download the image into the repository (with its licence) and refer to it by a relative path, or drop it',
			);
	};

	visit(body.tree, (node) => {
		switch (node.type) {
			case 'link':
			case 'definition':
				checkLink(node, (node as { url: string }).url);
				break;
			case 'image':
				checkImage(node, (node as { url: string }).url);
				break;
			case 'imageReference': {
				const id = (node as { identifier: string }).identifier;
				visit(body.tree, 'definition', (d) => {
					if (d.identifier === id) checkImage(node, d.url);
				});
				break;
			}
			case 'mdxjsEsm':
				report(
					node,
					`MDX ${/^\s*export/.test((node as { value: string }).value) ? 'export' : 'import'} statements are not allowed in content`,
					`remove it: ${COMPONENTS_ALLOWED}`,
				);
				break;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement':
				checkJsx(node as Jsx, report, checkImage);
				break;
			case 'html':
				checkHtml(node, (node as { value: string }).value, body.mdx, report, checkImage);
				break;
		}
	});
	return problems;
}

type Report = (node: Node | undefined, message: string, fix: string, severity?: Problem['severity']) => void;

function checkNotes(tree: Root, report: Report) {
	const defined = new Map<string, Node>();
	const used = new Set<string>();
	visit(tree, 'footnoteDefinition', (node) => {
		defined.set(node.identifier, node);
	});
	visit(tree, 'footnoteReference', (node) => {
		used.add(node.identifier);
	});
	// A note called but never defined is not a footnote to the parser: it stays text.
	visit(tree, 'text', (node) => {
		for (const m of node.value.matchAll(/\[\^([^\]\s]+)\]/g)) {
			if (!defined.has(m[1]!.toLowerCase()))
				report(node, `the note [^${m[1]}] has no definition`, `add a line "[^${m[1]}]: …" at the end of the page`);
		}
	});
	for (const [name, node] of defined) {
		if (!used.has(name))
			report(
				node,
				`the note [^${name}] is defined but never referred to`,
				`refer to it with [^${name}] in the text, or remove it`,
				'warning',
			);
	}
}

function checkJsx(node: Jsx, report: Report, checkImage: (node: Node, src: string) => void) {
	const name = node.name ?? '';
	if (/^[A-Z]/.test(name)) {
		if (!(CONTENT_COMPONENTS as readonly string[]).includes(name))
			report(node, `<${name}> is not a component content may use`, `remove it: ${COMPONENTS_ALLOWED}`);
	} else if (FORBIDDEN_ELEMENTS.has(name.toLowerCase())) {
		report(
			node,
			`raw <${name.toLowerCase()}> is not allowed in content`,
			'remove it: pages carry no scripts, frames or styles of their own',
		);
	}
	const attributes = node.attributes.filter((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute');
	if (attributes.some((a) => /^on[a-z]/i.test(a.name)))
		report(node, 'an event handler attribute (on…=) is not allowed in content', 'remove it');
	const src = attributes.find((a) => a.name === 'src')?.value;
	if (name === 'img' && typeof src === 'string') checkImage(node, src);
}

/** Raw HTML in a .md file (in MDX, tags are JSX): parsed, so attributes are read, not guessed. */
function checkHtml(node: Node, html: string, mdx: boolean, report: Report, checkImage: (node: Node, src: string) => void) {
	if (!mdx && /^<[A-Z]/.test(html.trim())) {
		report(
			node,
			`<${/^<([A-Za-z0-9]+)/.exec(html.trim())?.[1]}> in a .md file is shown as text, not as a component`,
			'rename the file to .mdx',
		);
		return;
	}
	visit(fromHtml(html, { fragment: true }), 'element', (element: Element) => {
		if (FORBIDDEN_ELEMENTS.has(element.tagName))
			report(
				node,
				`raw <${element.tagName}> is not allowed in content`,
				'remove it: pages carry no scripts, frames or styles of their own',
			);
		if (Object.keys(element.properties).some((p) => /^on[a-z]/i.test(p)))
			report(node, 'an event handler attribute (on…=) is not allowed in content', 'remove it');
		if (element.tagName === 'img' && typeof element.properties['src'] === 'string') checkImage(node, element.properties['src']);
	});
}
