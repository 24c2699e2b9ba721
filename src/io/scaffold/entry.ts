/**
 * `npm run new`'s skeletons of new entries (scripts/new.ts): each passes the checks as written and
 * marks with TODO what the maintainer replaces. The choices a field offers and its limits are read
 * from the schemas, so a new kind of event shows in the skeleton without an edit here.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isSeq, parseDocument } from 'yaml';
import { documentKinds } from '../../schemas/document';
import { eventKinds } from '../../schemas/event';
import { organizationKinds } from '../../schemas/organization';
import { SUMMARY_MAX } from '../../schemas/section';
import { scaffoldTranslation } from './translation';

export function slugify(title: string): string {
	return (
		title
			.normalize('NFKD')
			.replace(/\p{M}/gu, '')
			.toLowerCase()
			.replace(/['’]/g, '')
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '')
			.slice(0, 60)
			.replace(/-$/, '') || 'untitled'
	);
}

function unique(base: string, taken: (id: string) => boolean): string {
	if (!taken(base)) return base;
	for (let n = 2; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
}

const yamlString = (text: string) => JSON.stringify(text);

/** `text` with `item` added at the end of the top-level YAML list `key` (made if missing). */
export function appendToList(text: string, key: string, item: string): string {
	const doc = parseDocument(text);
	const list = doc.get(key, true);
	const last = isSeq(list) ? (list.items.at(-1) as { range?: [number, number, number] } | undefined) : undefined;
	const end = last?.range?.[1];
	// An empty flow list (`sections: []`) gives way to a block list; a missing one is added.
	if (isSeq(list) && list.items.length === 0 && list.range)
		return `${text.slice(0, list.range[0])}\n  - ${item}${text.slice(list.range[1])}`;
	if (end === undefined) return `${text.trimEnd()}\n${key}:\n  - ${item}\n`;
	const lineEnd = text.indexOf('\n', end - 1);
	const at = lineEnd === -1 ? text.length : lineEnd;
	return `${text.slice(0, at)}\n  - ${item}${text.slice(at)}`;
}

/** A schema's choices as a YAML comment: "# a, b, c or d.", wrapped at 100 columns. */
export function choices(values: readonly string[]): string {
	const words = values.map((v, i) => (i === values.length - 1 ? `${v}.` : i === values.length - 2 ? `${v} or` : `${v},`));
	const lines = [''];
	for (const word of words) {
		if (lines.at(-1)!.length + word.length + 3 > 100) lines.push('');
		lines[lines.length - 1] += `${lines.at(-1) ? ' ' : ''}${word}`;
	}
	return lines.map((line) => `# ${line}`).join('\n');
}

function firstSource(root: string): string {
	return readdirSync(join(root, 'seeds'))
		.filter((f) => f.endsWith('.yml'))
		.sort()[0]!
		.replace(/\.yml$/, '');
}

export function scaffold(root: string, kind: string, args: string[]): { file: string; id: string } {
	const year = new Date().getUTCFullYear();
	if (kind === 'event') {
		const title = args.join(' ');
		const id = unique(
			slugify(title),
			(x) => existsSync(join(root, 'content/events', `${x}.mdx`)) || existsSync(join(root, 'content/events', `${x}.md`)),
		);
		const source = firstSource(root);
		const file = `content/events/${id}.md`;
		writeFileSync(
			join(root, file),
			`---
# A dated event a source reports. Every field is explained in src/schemas/event.ts.
title: ${yamlString(title)}
# As precisely as the source gives it: "2019", "2019-06" or "2019-06-15". TODO: the source's date.
date: "${year}"
${choices(eventKinds)}
kind: ${'statement' satisfies (typeof eventKinds)[number]}
# Optional: endDate, place: { name: …, country: XX }. A date the site infers gets an editor's
# note of kind inferred-date in content/notes/ (see CONTRIBUTING.md).
# Organizations involved, by id (the file names in content/organizations/), e.g. [sco-rats, interpol].
organizations: []
# States involved, by ISO 3166-1 code, e.g. [KZ, UZ].
countries: []
summary: "TODO: one or two sentences on what happened, attributed to the source (at most ${SUMMARY_MAX} characters)."
# Where the source reports it: the section page (section: <source>/<page>, from content/sources/),
# or only the source id (seeds/) where no one section states it.
sources:
  - { source: ${source} }
---

TODO: what the source says about the event, in the project's own words, attributed ("Li writes…"), ending with a citation.[@${source}]
`,
		);
		return { file, id };
	}
	if (kind === 'organization') {
		const title = args.join(' ');
		const id = unique(
			slugify(title),
			(x) => existsSync(join(root, 'content/organizations', `${x}.mdx`)) || existsSync(join(root, 'content/organizations', `${x}.md`)),
		);
		const source = firstSource(root);
		const file = `content/organizations/${id}.md`;
		writeFileSync(
			join(root, file),
			`---
# An organization, body or group a source names. Every field is explained in src/schemas/organization.ts.
name: ${yamlString(title)}
# Optional: shortName, aliases (other names the sources use; search finds the page by each),
# parent (an organization id), founded ("2002"), headquarters: { city: …, country: XX }.
aliases: []
${choices(organizationKinds)}
kind: ${'intergovernmental-organization' satisfies (typeof organizationKinds)[number]}
summary: "TODO: one sentence on what it is, as the sources describe it (at most ${SUMMARY_MAX} characters)."
# States' standing, only where a source states it:
#   - { country: KZ, status: member, from: "2001", source: { section: li-2025/review } }
memberships: []
# Where the sources name it.
sources:
  - { source: ${source} }
---

TODO: what the sources say about it, in the project's own words, attributed, each paragraph ending with a citation.[@${source}]
`,
		);
		return { file, id };
	}
	if (kind === 'document') {
		const title = args.join(' ');
		const id = unique(slugify(title), (x) => existsSync(join(root, 'content/documents', `${x}.md`)));
		const source = firstSource(root);
		const file = `content/documents/${id}.md`;
		writeFileSync(
			join(root, file),
			`---
# A document a source names. Every field is explained in src/schemas/document.ts; leave out any
# field no source states (an outside record goes in an editor's note, never here).
title: ${yamlString(title)}
${choices(documentKinds)}
kind: ${'agreement' satisfies (typeof documentKinds)[number]}
# Who signed, adopted or issued it: organization ids (content/organizations/) and ISO codes.
parties: { organizations: [], countries: [] }
# Optional, only where a source states them: date ("2011", "2011-06" or "2011-06-15"),
# place: { name: …, country: XX }, period: { from: 2025, to: 2027 }, status, aliases.
# The events that sign or adopt it list it in their own documents: field.
summary: "TODO: one or two sentences on what it is, attributed to the source (at most ${SUMMARY_MAX} characters)."
# Where the sources name it: the section page (section: <source>/<page>), or the source id.
sources:
  - { source: ${source} }
---

TODO: what the source says about the document, in the project's own words, attributed ("Li writes…"), ending with a citation.[@${source}]
`,
		);
		return { file, id };
	}
	if (kind === 'section') {
		const [source, ...words] = args;
		if (!source || !existsSync(join(root, 'seeds', `${source}.yml`)))
			throw new Error(`usage: npm run new -- section <source id from seeds/> "Title"`);
		const title = words.join(' ');
		const page = unique(slugify(title), (x) => existsSync(join(root, 'content/sources', source, `${x}.mdx`)));
		const id = `${source}/${page}`;
		const seedPath = join(root, 'seeds', `${source}.yml`);
		const seed = readFileSync(seedPath, 'utf8');
		// The source's list of sections gives their order; the new page goes at its end. The line is
		// inserted where the YAML parser says the list ends, so the rest of the file stays as written.
		writeFileSync(seedPath, appendToList(seed, 'sections', id));
		const file = `content/sources/${id}.mdx`;
		writeFileSync(
			join(root, file),
			`---
# One section of a source. Every field is explained in src/schemas/section.ts.
# Its place in the source is its place in seeds/${source}.yml's sections list (added at the end).
# What it discusses is listed by the organizations and events whose sources point to ${id}.
title: ${yamlString(title)}
# Optional: the heading as printed in the source.
summary: "TODO: one or two sentences on what the section says (at most ${SUMMARY_MAX} characters)."
---

TODO: every fact of the section, in the project's own words, attributed to the author, each paragraph ending with a citation.[@${source}]
`,
		);
		return { file, id };
	}
	if (kind === 'reference') {
		const title = args.join(' ');
		const refs = join(root, 'content/references.yml');
		const text = readFileSync(refs, 'utf8');
		const id = unique(`${slugify(title).split('-').slice(0, 3).join('-')}-${year}`, (x) => new RegExp(`^- id: ${x}$`, 'm').test(text));
		writeFileSync(
			refs,
			`${text.trimEnd()}\n\n# TODO: complete this entry (fields as in CSL-JSON; see src/schemas/reference.ts), then cite it as [@${id}].\n- id: ${id}\n  type: webpage\n  author: []\n  issued: { date-parts: [[${year}]] }\n  title: ${yamlString(title)}\n`,
		);
		return { file: 'content/references.yml', id };
	}
	if (kind === 'translation') return scaffoldTranslation(root, args);
	throw new Error(
		'usage: npm run new -- <event|organization|document|section|reference> [source id, for a section] "Title"\n       npm run new -- translation <ru|zh> <collection>/<id>   (for example: translation ru events/beslan-school-siege-2004)',
	);
}
