/**
 * Where each kind of entry lives on disk, in one table: Astro's loaders (src/content.config.ts),
 * the content reader (src/io/content-files.ts) and the Markdown plugins, which need to know which
 * entry a file is, all read it.
 */

export type CollectionName =
	'sources' | 'sections' | 'organizations' | 'events' | 'documents' | 'notes' | 'references' | 'translations' | 'glossary';

/** The collections whose entries can be translated; the bibliography keeps each work's own language. */
export const TRANSLATABLE = [
	'sources',
	'sections',
	'organizations',
	'events',
	'documents',
	'notes',
] as const satisfies readonly CollectionName[];
export type TranslatableCollection = (typeof TRANSLATABLE)[number];

/** The folder a translatable collection's translations are in, below their language's: a section's is its source's. */
const translationFolder = (collection: TranslatableCollection) => (collection === 'sections' ? 'sources' : collection);

export interface CollectionLayout {
	/** Folder from the project root. */
	base: string;
	/** Glob of the entry files inside `base`, as Astro's glob loader takes it. */
	pattern: string;
	/** How a maintainer finds one entry, for messages. */
	where: string;
	/** One file holding a list of entries, rather than a file per entry. */
	list?: boolean;
}

export const COLLECTIONS: Record<CollectionName, CollectionLayout> = {
	sources: { base: 'seeds', pattern: '*.yml', where: 'seeds/<id>.yml' },
	sections: { base: 'content/sources', pattern: '*/*.{md,mdx}', where: 'content/sources/<source>/<page>.mdx' },
	organizations: { base: 'content/organizations', pattern: '*.{md,mdx}', where: 'content/organizations/<id>.mdx' },
	events: { base: 'content/events', pattern: '*.{md,mdx}', where: 'content/events/<id>.md' },
	documents: { base: 'content/documents', pattern: '*.md', where: 'content/documents/<id>.md' },
	notes: { base: 'content/notes', pattern: '*.md', where: 'content/notes/<id>.md' },
	references: { base: 'content', pattern: 'references.yml', where: 'content/references.yml', list: true },
	glossary: { base: 'content', pattern: 'glossary.yml', where: 'content/glossary.yml', list: true },
	// A translation mirrors its English entry's place: content/organizations/sco.md is translated at
	// content/translations/ru/organizations/sco.md, a source (seeds/li-2025.yml) at …/sources/li-2025.md.
	translations: {
		base: 'content/translations',
		pattern: '*/*/**/*.{md,mdx}',
		where: 'content/translations/<lang>/<collection>/<id>.md',
	},
};

const ENTRY_FILE: Record<Exclude<CollectionName, 'references' | 'glossary'>, RegExp> = {
	translations: new RegExp(
		String.raw`^content/translations/([a-z]{2}/(?:${[...new Set(TRANSLATABLE.map(translationFolder))].join('|')})/[^/]+(?:/[^/]+)?)\.mdx?$`,
	),
	sources: /^seeds\/([^/]+)\.yml$/,
	sections: /^content\/sources\/([^/]+\/[^/]+)\.mdx?$/,
	organizations: /^content\/organizations\/([^/]+)\.mdx?$/,
	events: /^content\/events\/([^/]+)\.mdx?$/,
	documents: /^content\/documents\/([^/]+)\.md$/,
	notes: /^content\/notes\/([^/]+)\.md$/,
};

/** The entry a file holds, from its path below the project root (`content/events/x.mdx` → events `x`). */
export function entryOfFile(file: string): { collection: CollectionName; id: string } | undefined {
	const path = file.split('\\').join('/');
	for (const [collection, pattern] of Object.entries(ENTRY_FILE) as [CollectionName, RegExp][]) {
		const match = pattern.exec(path);
		if (match) return { collection, id: match[1]! };
	}
	return undefined;
}

/** Where a translation of an entry sits under its language's folder: `sources/li-2025/review` for a section (the inverse of translationTarget). */
export function translationPath(collection: TranslatableCollection, id: string): string {
	return `${translationFolder(collection)}/${id}`;
}

/** The English entry a translation's id (`ru/organizations/sco`, `zh/sources/li-2025/review`) translates, and its language. */
export function translationTarget(id: string): { lang: string; collection: TranslatableCollection; id: string } | undefined {
	const match = /^([a-z]{2})\/([a-z]+)\/(.+)$/.exec(id);
	if (!match) return undefined;
	const [, lang, folder, rest] = match as unknown as [string, string, string, string];
	// A source's folder holds the source's own text (`li-2025`) and its sections' (`li-2025/review`).
	const depth = rest.split('/').length;
	const collection = TRANSLATABLE.find((c) => translationFolder(c) === folder && (c === 'sections' ? depth === 2 : depth === 1));
	return collection && { lang, collection, id: rest };
}
