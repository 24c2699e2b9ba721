/**
 * The content check: every problem in the content at once, with the file, the line, the field
 * and how to fix it. Pure: it takes the entries src/io/content-files.ts read. `npm run check`
 * prints the report, and every build runs it first and stops on errors.
 */
import { COLLECTIONS, type CollectionName } from '../model/collections';
import { bibliographyPages, orderOfRawEntries } from '../model/bibliography';
import { entryRoute, reservedIds, resolvePath, routePath } from '../routing/routes';
import { eventKinds } from '../../schemas/event';
import { comparisonPairs } from '../model/comparison';
import { checkBody, headingAnchors } from './bodies';
import { lineOf, type ContentFile, type Entry } from './entries';
import { checkFrontmatter, factFields, type Ids } from './frontmatter';
import { checkTranslations } from './translations';
import { checkGlossary } from './glossary';
import { checkMembershipEvents, checkNoteMemberships } from './memberships';
import { checkNoteRepeats, checkSharedStatements } from './repeats';
import { sortProblems, type Problem } from './problems';

export { formatProblem, type Problem } from './problems';

export interface ReadContent {
	files: ContentFile[];
	entries: Entry[];
	/** Problems met while reading: files that do not parse. */
	problems: Problem[];
}

export function checkEntries({ files, entries, problems: readProblems }: ReadContent): Problem[] {
	const problems = [...readProblems];
	const ids: Ids = {
		sources: new Set(),
		sections: new Set(),
		organizations: new Set(),
		events: new Set(),
		documents: new Set(),
		notes: new Set(),
		references: new Set(),
		translations: new Set(),
		glossary: new Set(),
	};
	const first = new Map<string, Entry>();
	for (const entry of entries) {
		const key = `${entry.collection}:${entry.id}`;
		const earlier = first.get(key);
		if (earlier) {
			problems.push({
				severity: 'error',
				file: entry.file,
				line: lineOf(entry, ['id']),
				...(entry.collection === 'references' ? { field: 'id' } : {}),
				message: `the id "${entry.id}" is already used by ${earlier.file}${earlier.file === entry.file ? ` (line ${lineOf(earlier, ['id'])})` : ''}; both would build to the same page or anchor`,
				fix: 'give one of them another id (rename the file, or change `id:` in the bibliography)',
			});
		} else first.set(key, entry);
		ids[entry.collection].add(entry.id);
	}
	for (const entry of entries) {
		const own = entry.collection === 'sections' ? entry.id.split('/')[1] : entry.id;
		const taken = reservedIds(entry.collection).find(([id]) => id === own);
		if (taken) {
			problems.push({
				severity: 'error',
				file: entry.file,
				line: entry.collection === 'references' ? lineOf(entry, ['id']) : 1,
				message: `the id "${taken[0]}" is taken: its page would be at an address the site uses for its own pages (${taken[1]})`,
				fix: entry.collection === 'references' ? 'choose another id' : 'rename the file',
			});
		}
	}

	// A file that does not parse still exists: links to it are not reported as broken as well.
	for (const file of files) if (!COLLECTIONS[file.collection].list) ids[file.collection].add(file.id);

	problems.push(...checkFrontmatter(entries, ids));
	problems.push(...checkSectionLists(entries));
	problems.push(...checkNoteMemberships(entries));
	problems.push(...checkMembershipEvents(entries));
	problems.push(...checkSharedStatements(entries));
	problems.push(...checkNoteRepeats(entries));
	problems.push(...checkTranslations(entries, factFields()));
	problems.push(...checkGlossary(entries));

	// When the bibliography cannot be read, every citation would look unknown; report the cause only.
	const bibliographyRead =
		files.some((f) => f.collection === 'references') &&
		!readProblems.some((p) => p.file === files.find((f) => f.collection === 'references')?.file);
	const anchors = new Map<string, Set<string>>();
	let bibliographyPage: Map<string, number> | undefined;
	const citable = new Set([...ids.references, ...ids.sources]);
	const byPath = new Map(entries.filter((e) => e.body).map((e) => [pathOf(e.collection, e.id), e]));
	// A link to a comparison page holds if some source compares the pair (its `compares` list).
	const pairs = new Set(
		comparisonPairs(
			entries
				.filter((e) => e.collection === 'sources')
				.map((e) => ({ id: e.id, compares: stringsOf(e.data['compares']).map((id) => ({ id })) })),
		).map((p) => p.slug),
	);
	const targets = {
		has: (collection: string, id: string) => ids[collection as CollectionName]?.has(id) ?? false,
		hasParam: (route: string, value: string) =>
			(route === 'events-kind' && (eventKinds as readonly string[]).includes(value)) || (route === 'comparison' && pairs.has(value)),
		anchors: (path: string) => {
			const resolved = resolvePath(path);
			if (resolved?.kind === 'page' && resolved.route.to === 'bibliography') {
				const page = Number(/\/(\d+)\/$/.exec(path)?.[1] ?? 1);
				bibliographyPage ??= bibliographyPages(orderOfRawEntries(entries));
				return new Set([...citable].filter((key) => bibliographyPage!.get(key) === page));
			}
			const entry = byPath.get(path);
			if (!entry?.body) return undefined;
			let set = anchors.get(path);
			if (!set) anchors.set(path, (set = headingAnchors(entry.body.tree)));
			return set;
		},
		citable: bibliographyRead ? citable : undefined,
	};
	for (const entry of entries) problems.push(...checkBody(entry, targets));

	for (const file of files) {
		const todo = file.text.split('\n').findIndex((l) => /\bTODO\b/.test(l));
		if (todo >= 0)
			problems.push({
				severity: 'warning',
				file: file.file,
				line: todo + 1,
				message: 'a TODO placeholder from `npm run new` is still in the file',
				fix: 'replace every TODO with the real text before merging',
			});
	}
	return sortProblems(problems);
}

/** A YAML list of ids as typed, ignoring what is not a string (the schema reports that). */
function stringsOf(value: unknown): string[] {
	return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function pathOf(collection: CollectionName, id: string): string {
	const route = entryRoute(collection, id);
	return route ? `/${routePath(route)}` : '';
}

/** Every section is listed by its source, in the source's order; the list is where order lives. */
function checkSectionLists(entries: Entry[]): Problem[] {
	const problems: Problem[] = [];
	for (const source of entries.filter((e) => e.collection === 'sources')) {
		const listed = new Set((source.data['sections'] as string[] | undefined) ?? []);
		for (const section of entries.filter((e) => e.collection === 'sections' && e.id.startsWith(`${source.id}/`))) {
			if (!listed.has(section.id)) {
				problems.push({
					severity: 'error',
					file: section.file,
					line: 1,
					message: `this section is not in the sections list of ${source.file}`,
					fix: `add "- ${section.id}" there, in the order of the source`,
				});
			}
		}
	}
	return problems;
}
