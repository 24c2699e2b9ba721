/**
 * Writes N generated entries into a copy of the project, deterministically from a seed: N events
 * of 150–250 words, N/20 organizations, N/50 sections of a generated source (its seed record
 * lists them), N/25 bibliography entries and N/100 editor's notes. Every kind of entry carries
 * what real ones do (citations with locators, links to other pages, memberships, parents, dates
 * at every precision) so that each list page, relation and search structure grows with N, and
 * all of it passes `npm run check`.
 */
import { appendFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventKinds } from '../../src/schemas/event';
import { NOTE_RUN } from '../../src/lib/checks/repeats';
import { membershipStatuses, organizationKinds } from '../../src/schemas/organization';
import { NAME_MAX, TITLE_MAX } from '../../src/schemas/common';
import { longest } from './longest';
import { learnVocabulary, prng, writer, type Random, type Writer } from './text';
import { stampRevisions, writeStandIns } from './translate';

/** The generated source's id (seeds/<id>.yml); also its citation key. */
export const SOURCE = 'bench-2026';
const COUNTRIES = ['AF', 'AM', 'AZ', 'BY', 'CN', 'GE', 'IN', 'IR', 'KG', 'KZ', 'MD', 'MN', 'PK', 'RU', 'TJ', 'TM', 'TR', 'UA', 'UZ'];
const SUFFIXES = ['Council', 'Centre', 'Committee', 'Service', 'Agency', 'Forum', 'Office', 'Bureau', 'Commission', 'Group'];
const REFERENCE_TYPES = ['article-journal', 'book', 'chapter', 'webpage', 'report'] as const;
const NOTE_KINDS = ['date-discrepancy', 'naming', 'site-reading', 'not-stated'] as const;

export interface Generated {
	events: number;
	organizations: number;
	sections: number;
	references: number;
	notes: number;
	/** Generated entries with a stand-in Russian and Chinese translation each. */
	translated: number;
}

const pad = (n: number) => String(n).padStart(5, '0');
/** Every run of NOTE_RUN words of a text, as the content check reads them for repeats of a note. */
const runsOf = (text: string) => {
	const words = text
		.replace(/\[@[^\]]*\]/g, ' ')
		.replace(/\]\([^)]*\)/g, ' ')
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);
	return new Set(words.slice(0, Math.max(0, words.length - NOTE_RUN + 1)).map((_, i) => words.slice(i, i + NOTE_RUN).join(' ')));
};
const quote = (s: string) => JSON.stringify(s);
/** One or two sentences, cut to the summary length the cards show comfortably. */
const summary = (w: Writer) => {
	const text = `${w.sentence(10, 22)} ${w.sentence(6, 14)}`;
	return text.length <= 280 ? text : `${text.slice(0, 276).replace(/\s+\S*$/, '')}.`;
};

function partialDate(r: Random, from = 1991, to = 2026): { date: string; end?: string } {
	const year = r.int(from, to);
	const roll = r.next();
	if (roll < 0.25) return { date: `${year}` };
	const month = String(r.int(1, 12)).padStart(2, '0');
	if (roll < 0.6) return { date: `${year}-${month}` };
	const day = r.int(1, 22);
	const date = `${year}-${month}-${String(day).padStart(2, '0')}`;
	// One event in ten lasts several days.
	return r.chance(0.1) ? { date, end: `${year}-${month}-${String(day + r.int(1, 6)).padStart(2, '0')}` } : { date };
}

export function generateEntries(root: string, n: number, seed = 11, translatedShare = 0): Generated {
	const r = prng(seed);
	// Which entries are translated is drawn apart, so the English entries are the same at any share.
	const translating = prng(seed + 1);
	const translated: [Parameters<typeof writeStandIns>[1], string, string][] = [];
	const maybeTranslate = (collection: Parameters<typeof writeStandIns>[1], id: string, file: string) => {
		if (translatedShare > 0 && translating.chance(translatedShare)) translated.push([collection, id, file]);
	};
	const vocabulary = learnVocabulary(join(root, 'content'));
	const w = writer(vocabulary, r);
	const { next: long, atLimit, summary: lengthened } = longest(vocabulary, seed);
	const maybeTranslateLong = (collection: Parameters<typeof writeStandIns>[1], id: string, file: string, isLong: boolean) => {
		maybeTranslate(collection, id, file);
		if (isLong && translated.at(-1)?.[1] === id) longIds.add(id);
	};
	const longIds = new Set<string>();
	const counts: Generated = {
		events: n,
		organizations: Math.max(1, Math.round(n / 20)),
		sections: Math.max(1, Math.round(n / 50)),
		references: Math.max(1, Math.round(n / 25)),
		notes: Math.max(1, Math.round(n / 100)),
		translated: 0,
	};
	const realOrganizations = readdirSync(join(root, 'content/organizations'))
		.map((f) => f.replace(/\.mdx?$/, ''))
		.sort();
	const sections = Array.from({ length: counts.sections }, (_, i) => `${SOURCE}/s-${pad(i + 1)}`);
	const organizations = Array.from({ length: counts.organizations }, (_, i) => `bench-org-${pad(i + 1)}`);
	const events = Array.from({ length: counts.events }, (_, i) => `bench-event-${pad(i + 1)}`);
	const references = Array.from({ length: counts.references }, (_, i) => `bench-ref-${pad(i + 1)}`);
	const sectionLong = sections.map(() => long());
	const sectionTitles = sections.map((_, i) => {
		const title = w.title(2, 5);
		return sectionLong[i] ? atLimit(title, TITLE_MAX) : title;
	});
	// A work's year in the form the bibliography already uses: a bare year, or CSL date-parts where
	// the schema has moved to them, so the generator follows the schema without knowing its version.
	const cslDates = readFileSync(join(root, 'content/references.yml'), 'utf8').includes('date-parts');
	const issued = (year: number) => (cslDates ? `{ date-parts: [[${year}]] }` : `${year}`);

	const pointer = () =>
		r.chance(0.85)
			? `{ section: ${sections[r.int(0, sections.length - 1)]}${r.chance(0.3) ? `, locator: ${quote(`paragraph ${r.int(1, 40)}`)}` : ''} }`
			: `{ source: ${SOURCE} }`;
	const citation = () => {
		const roll = r.next();
		if (roll < 0.4) return `[@${r.pick(references)}, p. ${r.int(1, 400)}]`;
		if (roll < 0.7) return `[@${SOURCE}, ${sectionTitles[r.int(0, sections.length - 1)]!.toLowerCase()}]`;
		if (roll < 0.85) return `[@${r.pick(references)}, pp. ${r.int(1, 200)}–${r.int(201, 400)}; @${r.pick(references)}]`;
		return `[@${r.pick(references)}]`;
	};
	const target = () => {
		const roll = r.next();
		if (roll < 0.5) return `/events/${r.pick(events)}/`;
		if (roll < 0.8) return `/organizations/${r.pick(organizations)}/`;
		if (roll < 0.9) return `/organizations/${r.pick(realOrganizations)}/`;
		return `/sources/${r.pick(sections)}/`;
	};
	/** Paragraphs of about `total` words; some sentences carry a link, each paragraph ends with a citation. */
	const body = (total: number, headings = false) => {
		const paragraphs: string[] = [];
		let written = 0;
		while (written < total) {
			const sentences: string[] = [];
			const goal = Math.min(total - written, r.int(50, 90));
			let words = 0;
			while (words < goal) {
				let s = w.sentence(6, Math.max(6, Math.min(26, goal - words)));
				const parts = s.split(' ');
				if (parts.length > 5 && r.chance(0.25)) {
					const at = r.int(1, parts.length - 4);
					s = [...parts.slice(0, at), `[${parts.slice(at, at + 3).join(' ')}](${target()})`, ...parts.slice(at + 3)].join(' ');
				}
				sentences.push(s);
				words += parts.length;
			}
			const text = sentences.join(' ');
			paragraphs.push(
				`${headings && paragraphs.length > 0 && r.chance(0.5) ? `## ${w.title(2, 5)}\n\n` : ''}${text.slice(0, -1)}.${citation()}`,
			);
			written += words;
		}
		return paragraphs.join('\n\n');
	};

	writeFileSync(
		join(root, 'seeds', `${SOURCE}.yml`),
		`# Generated by benchmarks/scale/generate.ts for the scale benchmark.
kind: news-commentary
title: ${quote(w.title(4, 8))}
authors:
  - name: Aru Benchmark
    role: generated author
published: "2026-01-15"
language: en
abstract: ${quote(`${w.sentence(12, 24)} ${w.sentence(12, 24)}`)}
sections:
${sections.map((s) => `  - ${s}`).join('\n')}
provenance:
  seed: generated.txt
  note: Generated text for the scale benchmark, not a real source.
`,
	);
	mkdirSync(join(root, 'content/sources', SOURCE), { recursive: true });
	sections.forEach((id, i) => {
		const title = sectionTitles[i]!;
		writeFileSync(
			join(root, 'content/sources', `${id}.mdx`),
			`---\ntitle: ${quote(title)}\nheading: ${quote(title)}\nsummary: ${quote(lengthened(summary(w), sectionLong[i]!))}\n---\n\n${body(r.int(250, 450), true)}\n`,
		);
		maybeTranslateLong('sections', id, `content/sources/${id}.mdx`, sectionLong[i]!);
	});

	const bib = references.map((id, i) => {
		const type = r.pick(REFERENCE_TYPES);
		const fields = [
			`- id: ${id}`,
			`  type: ${type}`,
			type === 'webpage' ? '' : `  author: [{ family: ${quote(w.name())}, given: ${quote(w.name())} }]`,
			`  issued: ${issued(r.int(1995, 2025))}`,
			`  title: ${quote(w.title(4, 10))}`,
			`  container-title: ${quote(w.title(2, 5))}`,
			type === 'webpage' ? `  URL: https://example.org/${id}` : `  page: ${r.int(1, 100)}-${r.int(101, 300)}`,
			`  listed: { source: ${SOURCE}, number: ${i + 1} }`,
		];
		return fields.filter(Boolean).join('\n');
	});
	appendFileSync(join(root, 'content/references.yml'), `\n${bib.join('\n\n')}\n`);

	organizations.forEach((id, i) => {
		const isLong = long();
		const drawn = w.title(2, 4);
		const tail = ` ${r.pick(SUFFIXES)} ${i + 1}`;
		const name = isLong ? atLimit(drawn, NAME_MAX, tail) : `${drawn}${tail}`;
		const kind = r.pick(organizationKinds);
		const founded = r.chance(0.7) ? partialDate(r, 1950, 2024).date : undefined;
		const memberships =
			kind === 'intergovernmental-organization' || kind === 'regional-anti-terrorism-body' ? r.some(COUNTRIES, r.int(2, 12)) : [];
		const lines = [
			`name: ${quote(name)}`,
			r.chance(0.6) ? `shortName: ${quote(`${name.replace(/[^A-Z]/g, '')}${i + 1}`)}` : '',
			`aliases: [${r.chance(0.3) ? quote(w.title(2, 4)) : ''}]`,
			`kind: ${kind}`,
			i > 0 && r.chance(0.2) ? `parent: ${organizations[r.int(0, i - 1)]}` : '',
			founded ? `founded: "${founded}"` : '',
			r.chance(0.5) ? `headquarters: { city: ${quote(w.name())}, country: ${r.pick(COUNTRIES)} }` : '',
			`summary: ${quote(lengthened(summary(w), isLong))}`,
			memberships.length
				? `memberships:\n${memberships.map((c) => `  - { country: ${c}, status: ${r.pick(membershipStatuses.filter((s) => s !== 'former-member'))}, from: "${r.int(1991, 2024)}", source: ${pointer()} }`).join('\n')}`
				: '',
			`sources:\n  - ${pointer()}${r.chance(0.4) ? `\n  - ${pointer()}` : ''}`,
		];
		writeFileSync(
			join(root, 'content/organizations', `${id}.md`),
			`---\n${lines.filter(Boolean).join('\n')}\n---\n\n${body(r.int(80, 200), true)}\n`,
		);
		maybeTranslateLong('organizations', id, `content/organizations/${id}.md`, isLong);
	});

	// Each event's words, for the notes below: a note must not repeat the text of an event it concerns.
	const eventWords = new Map<string, Set<string>>();
	events.forEach((id) => {
		const { date: drawn, end } = partialDate(r);
		// One event in five concerns one of the site's real organizations, as a growing reference would.
		const orgs = [...r.some(organizations, r.int(1, 3)), ...(r.chance(0.2) ? [r.pick(realOrganizations)] : [])];
		const isLong = long();
		const drawnTitle = w.title(3, 8);
		const title = isLong ? atLimit(drawnTitle, TITLE_MAX) : drawnTitle;
		const kind = r.pick(eventKinds);
		// Memberships are dated by bare years above: a change dated by year alone would be the same
		// date typed twice (the content check's rule), so a change is dated to its month at least.
		const date = kind === 'membership-change' && /^\d{4}$/.test(drawn) ? `${drawn}-01` : drawn;
		const lines = [
			`title: ${quote(title)}`,
			`date: "${date}"`,
			end ? `endDate: "${end}"` : '',
			`kind: ${kind}`,
			r.chance(0.5) ? `place: { name: ${quote(w.name())}, country: ${r.pick(COUNTRIES)} }` : '',
			`organizations: [${orgs.join(', ')}]`,
			`countries: [${r.some(COUNTRIES, r.int(0, 3)).join(', ')}]`,
			`summary: ${quote(lengthened(summary(w), isLong))}`,
			`sources:\n  - ${pointer()}`,
		];
		const text = body(r.int(150, 250));
		eventWords.set(id, runsOf(text));
		writeFileSync(join(root, 'content/events', `${id}.md`), `---\n${lines.filter(Boolean).join('\n')}\n---\n\n${text}\n`);
		maybeTranslateLong('events', id, `content/events/${id}.md`, isLong);
	});

	mkdirSync(join(root, 'content/notes'), { recursive: true });
	for (let i = 0; i < counts.notes; i++) {
		const isLong = long();
		const drawnTitle = w.title(3, 7);
		const title = isLong ? atLimit(drawnTitle, TITLE_MAX) : drawnTitle;
		const kind = r.pick(NOTE_KINDS);
		const text = body(r.int(40, 90));
		// The word chain can retell a run of the site's prose that an event's text also drew: such an
		// event is left out of the note's list, as a maintainer would link rather than repeat.
		const runs = runsOf(text);
		const concerned = r.some(events, r.int(1, 3)).filter((e) => ![...runs].some((run) => eventWords.get(e)!.has(run)));
		const lines = [
			`title: ${quote(title)}`,
			`kind: ${kind}`,
			`events: [${concerned.join(', ')}]`,
			// A note concerns at least one page.
			r.chance(0.5) || concerned.length === 0 ? `organizations: [${r.pick(organizations)}]` : '',
		];
		writeFileSync(join(root, 'content/notes', `bench-note-${pad(i + 1)}.md`), `---\n${lines.filter(Boolean).join('\n')}\n---\n\n${text}\n`);
		maybeTranslateLong('notes', `bench-note-${pad(i + 1)}`, `content/notes/bench-note-${pad(i + 1)}.md`, isLong);
	}
	for (const [collection, id, file] of translated) writeStandIns(root, collection, id, file, longIds.has(id));
	if (translated.length > 0) stampRevisions(root);
	counts.translated = translated.length;
	return counts;
}
