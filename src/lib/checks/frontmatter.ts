/**
 * Frontmatter against the site's own zod schemas, the same ones Astro's loaders use, with a
 * stand-in for `reference()` that knows every id, so one run reports every problem with the
 * file, line, field and fix instead of stopping at the first.
 */
import { z } from 'astro/zod';
import type { CollectionName } from '../model/collections';
import { COLLECTIONS } from '../model/collections';
import type { Reference } from '../../schemas/common';
import { DocumentSchema } from '../../schemas/document';
import { EventSchema } from '../../schemas/event';
import { NoteSchema } from '../../schemas/note';
import { OrganizationSchema } from '../../schemas/organization';
import { ReferenceSchema } from '../../schemas/reference';
import { SectionSchema, SUMMARY_MAX } from '../../schemas/section';
import { SourceSchema } from '../../schemas/source';
import { GlossarySchema } from '../../schemas/glossary';
import { TEXT_FIELDS, TranslationSchema } from '../../schemas/translation';
import { TRANSLATABLE } from '../model/collections';
import type { FactFields } from './translations';
import { EDITIONS } from '../i18n/locales';
import { lineOf, type Entry } from './entries';
import { closest, type Problem } from './problems';

export type Ids = Record<CollectionName, Set<string>>;

function standInReference(ids: Ids): Reference {
	return ((collection: CollectionName) =>
		z
			.string()
			.superRefine((id, ctx) => {
				if (ids[collection].has(id)) return;
				const suggestion = closest(id, ids[collection]);
				ctx.addIssue({
					code: 'custom',
					message: `there is no ${collection.replace(/s$/, '')} with the id "${id}"${suggestion ? `; did you mean "${suggestion}"?` : ''} (${COLLECTIONS[collection].where})`,
					params: {
						fix: suggestion
							? `write "${suggestion}", or add the ${collection.replace(/s$/, '')} first`
							: `use the id of an existing ${collection.replace(/s$/, '')} (${COLLECTIONS[collection].where}), or add it first`,
					},
				});
			})
			.transform((id) => ({ collection, id }))) as unknown as Reference;
}

function valueAt(data: unknown, path: PropertyKey[]): unknown {
	return path.reduce<unknown>(
		(value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined),
		data,
	);
}

export function checkFrontmatter(entries: Entry[], ids: Ids): Problem[] {
	const reference = standInReference(ids);
	const schemas: Record<CollectionName, z.ZodType> = {
		sources: SourceSchema(reference),
		sections: SectionSchema(reference),
		organizations: OrganizationSchema(reference),
		events: EventSchema(reference),
		documents: DocumentSchema(reference),
		notes: NoteSchema(reference),
		references: ReferenceSchema(reference),
		// Unknown and fact fields of a translation are the translation check's to name (checks/translations.ts).
		translations: z.object(TranslationSchema(reference).shape),
		glossary: GlossarySchema,
	};
	const problems: Problem[] = [];
	for (const entry of entries) {
		const schema = schemas[entry.collection];
		const result = schema.safeParse(entry.data);
		if (!result.success) problems.push(...result.error.issues.flatMap((issue) => describe(entry, schema, issue)));
		problems.push(...visibleEscapes(entry));
		const summary = entry.data['summary'];
		const folder = entry.collection === 'translations' ? entry.id.split('/')[0] : '';
		const max = Math.round(SUMMARY_MAX * (Object.values(EDITIONS).find((e) => e.folder === folder)?.length ?? 1));
		if (typeof summary === 'string' && summary.length > max) {
			problems.push({
				severity: 'warning',
				file: entry.file,
				line: lineOf(entry, ['summary']),
				field: 'summary',
				message: `the summary is ${summary.length} characters; cards, timelines and lists show up to ${max} comfortably`,
				fix: 'shorten it to one or two sentences',
			});
		}
	}
	return problems;
}

function describe(entry: Entry, schema: z.ZodType, issue: z.core.$ZodIssue): Problem[] {
	const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
	return keys.map((key) => {
		const path = (key === undefined ? issue.path : [...issue.path, key]) as (string | number)[];
		const field = path.join('.');
		const problem: Problem = { severity: 'error', file: entry.file, line: lineOf(entry, path), field, message: issue.message };
		if (issue.code === 'unrecognized_keys') {
			const known = Object.keys((schema as unknown as { shape?: Record<string, unknown> }).shape ?? {});
			const suggestion = closest(String(key), known);
			problem.message = `unknown field "${key}"`;
			problem.fix = suggestion ? `did you mean "${suggestion}"?` : 'remove it, or see the fields in src/schemas/';
		} else if (issue.code === 'invalid_type' && valueAt(entry.data, path) === undefined) {
			problem.message = `the required field "${field}" is missing`;
			problem.fix = 'add it (its meaning is in src/schemas/, one comment per field)';
		} else if (issue.code === 'invalid_value') {
			problem.fix = `use one of: ${issue.values.join(', ')}`;
		} else if (issue.code === 'custom' && typeof issue.params?.['fix'] === 'string') {
			// Checks that know the remedy pass it along with the issue (unknown ids, missing locators).
			problem.fix = issue.params['fix'];
		}
		return problem;
	});
}

/**
 * A backslash before a quote inside an unquoted YAML value is kept as typed, so the page shows
 * `\"X\"`; only inside a double-quoted value does it escape the quote.
 */
function visibleEscapes(entry: Entry): Problem[] {
	const problems: Problem[] = [];
	const walk = (value: unknown, path: (string | number)[]) => {
		if (typeof value === 'string') {
			if (/\\["'‘’“”]/.test(value))
				problems.push({
					severity: 'error',
					file: entry.file,
					line: lineOf(entry, path),
					field: path.join('.'),
					message: 'a backslash before a quote would show on the page: in a value not wrapped in quotes, YAML keeps it as typed',
					fix: 'remove the backslash ("X" needs no escape there), or wrap the whole value in double quotes',
				});
		} else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
		else if (value && typeof value === 'object' && !(value instanceof Date))
			for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
	};
	walk(entry.data, []);
	return problems;
}

/** The fields of each English schema that are facts: every field but its text (see TEXT_FIELDS). */
export function factFields(): FactFields {
	const reference = standInReference({} as Ids);
	const shapes: Record<(typeof TRANSLATABLE)[number], Record<string, unknown>> = {
		sources: Object.assign({}, ...SourceSchema(reference).options.map((o) => o.shape)),
		sections: SectionSchema(reference).shape,
		organizations: OrganizationSchema(reference).shape,
		events: EventSchema(reference).shape,
		documents: DocumentSchema(reference).shape,
		notes: NoteSchema(reference).shape,
	};
	return Object.fromEntries(
		TRANSLATABLE.map((c) => [c, Object.keys(shapes[c]).filter((f) => !(TEXT_FIELDS[c] as readonly string[]).includes(f))]),
	) as unknown as FactFields;
}
