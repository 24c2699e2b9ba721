/**
 * Translations carry text only (src/schemas/translation.ts). For each translation file: the
 * language folder is an edition's, the English entry exists, no fact is restated, every text
 * field the English entry has is given, and the revision it records is the English text's
 * current one (else a warning: the page shows that it may be out of date).
 */
import { COLLECTIONS, translationTarget, type TranslatableCollection } from '../model/collections';
import { EDITIONS, LOCALES, DEFAULT_LOCALE } from '../i18n/locales';
import { textRevision } from '../i18n/revision';
import { NESTED_TEXT, TEXT_FIELDS } from '../../schemas/translation';
import { headingOutline, outlineMismatch } from '../model/headings';
import { lineOf, type Entry } from './entries';
import { closest, type Problem } from './problems';

/** Fields of the English schemas that a translation must not give, by collection: its facts. */
export type FactFields = Record<TranslatableCollection, readonly string[]>;

/** Text fields a translation must give whenever it translates that collection. */
export const REQUIRED: Record<TranslatableCollection, readonly string[]> = {
	sources: ['abstract'],
	sections: ['title', 'summary'],
	organizations: ['name', 'summary'],
	events: ['title', 'summary'],
	documents: ['title', 'summary'],
	notes: ['title'],
};

const FOLDERS = LOCALES.filter((l) => l !== DEFAULT_LOCALE).map((l) => EDITIONS[l].folder);

/** The English text after a Markdown file's frontmatter, as Astro's loaders give it. */
export function bodyOf(entry: Entry & { text?: string }): string {
	if (!entry.body || entry.text === undefined) return '';
	return entry.text
		.split('\n')
		.slice(entry.body.line - 1)
		.join('\n');
}

export function checkTranslations(entries: Entry[], facts: FactFields): Problem[] {
	const problems: Problem[] = [];
	const english = new Map(entries.filter((e) => e.collection !== 'translations').map((e) => [`${e.collection}:${e.id}`, e]));
	for (const entry of entries.filter((e) => e.collection === 'translations')) {
		const target = translationTarget(entry.id);
		const at = (field?: string) => ({ file: entry.file, line: field ? lineOf(entry, [field]) : 1, ...(field ? { field } : {}) });
		if (!target || !FOLDERS.includes(target.lang)) {
			problems.push({
				severity: 'error',
				...at(),
				message: `"${entry.id.split('/')[0]}" is not the folder of an edition`,
				fix: `put the file under content/translations/<${FOLDERS.join('|')}>/`,
			});
			continue;
		}
		const collection = target.collection;
		const original = english.get(`${collection}:${target.id}`);
		if (!original) {
			const others = entries.filter((e) => e.collection === collection).map((e) => e.id);
			const suggestion = closest(target.id, others);
			problems.push({
				severity: 'error',
				...at(),
				message: `it translates ${collection.replace(/s$/, '')} "${target.id}", which does not exist (${COLLECTIONS[collection].where})`,
				fix: suggestion
					? `rename the file to translate "${suggestion}"`
					: 'rename the file after the English entry it translates, or add that entry first',
			});
			continue;
		}
		const text = new Set<string>([...TEXT_FIELDS[collection], 'revision']);
		for (const [field, collections] of Object.entries(NESTED_TEXT))
			if ((collections as readonly string[]).includes(collection)) text.add(field);
		if (collection === 'organizations') text.add('nameRecord');
		for (const field of Object.keys(entry.data)) {
			if (text.has(field)) continue;
			if (facts[collection].includes(field)) {
				problems.push({
					severity: 'error',
					...at(field),
					message: `"${field}" is a fact, typed once in ${original.file}; a translation carries text only`,
					fix: `remove "${field}" here: the translated page shows the English entry's value`,
				});
			} else {
				const suggestion = closest(field, text);
				problems.push({
					severity: 'error',
					...at(field),
					message: `unknown field "${field}" for a translation of ${collection}`,
					fix: suggestion ? `did you mean "${suggestion}"?` : `a translation of ${collection} may give: ${[...text].join(', ')}`,
				});
			}
		}
		const missing = (field: string, why: string) =>
			problems.push({
				severity: 'error',
				...at(),
				field,
				message: `the required field "${field}" is missing: ${why}`,
				fix: `add "${field}", translated from ${original.file}`,
			});
		for (const field of REQUIRED[collection])
			if (entry.data[field] === undefined) missing(field, 'every translation of this kind gives it');
		for (const field of ['shortName'] as const)
			if (collection === 'organizations' && original.data[field] !== undefined && entry.data[field] === undefined)
				missing(field, 'the English entry has one');
		const nested: [string, unknown][] = [
			['place', (original.data['place'] as { name?: unknown } | undefined)?.name],
			['headquarters', (original.data['headquarters'] as { city?: unknown } | undefined)?.city],
		];
		for (const [field, value] of nested)
			if (text.has(field) && value !== undefined && entry.data[field] === undefined) missing(field, 'the English entry names it');
		const revision = textRevision(collection, original.data, bodyOf(original));
		const current = entry.data['revision'] === revision;
		// An out-of-date translation's statements are not shown (the English ones are), so a count
		// that no longer matches is part of its being out of date, reported below.
		if (collection === 'organizations' && current) {
			const statements = (original.data['assessments'] as unknown[] | undefined)?.length ?? 0;
			const given = entry.data['assessments'];
			const count = Array.isArray(given) ? given.length : 0;
			if (statements !== count)
				problems.push({
					severity: 'error',
					...at(given === undefined ? undefined : 'assessments'),
					field: 'assessments',
					message: `the English entry has ${statements} assessment statements and this translation ${count}`,
					fix: 'give one translated statement per English `assessments` item, in the same order',
				});
		}
		const englishBody = bodyOf(original).trim();
		if (englishBody !== '' && bodyOf(entry).trim() === '')
			problems.push({
				severity: 'error',
				...at(),
				message: 'the text is missing: the English entry has a body',
				fix: `translate the text of ${original.file} below the frontmatter`,
			});
		// Anchors are the English headings' by position (src/markdown/heading-ids.ts): a heading
		// added, dropped or moved to another level would give a link the wrong place.
		const mismatch =
			current && original.body && entry.body && outlineMismatch(headingOutline(original.body.tree), headingOutline(entry.body.tree));
		if (mismatch)
			problems.push({
				severity: 'error',
				...at(),
				line: mismatch.line ?? entry.body!.line,
				field: 'body',
				message: `${mismatch.message}; each heading takes the anchor of the English one in its place`,
				fix: `give the headings of ${original.file} in the same order and at the same levels, each translated`,
			});
		if (typeof entry.data['revision'] === 'string' && !current)
			problems.push({
				severity: 'warning',
				...at('revision'),
				message: `out of date: the English text of ${original.file} has changed since revision ${entry.data['revision']}`,
				fix: `bring the translation up to date with the English text, then set revision: "${revision}"`,
			});
	}
	return problems;
}
