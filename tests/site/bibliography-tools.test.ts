/**
 * The bibliography downloads read by the tools researchers use, from Debian, never downloaded:
 * pandoc (citeproc), biber (biblatex) and classic BibTeX. pandoc must read the same author,
 * date, title, site or journal and address from the .bib as from the CSL-JSON; biber and BibTeX
 * may warn only about what the sources themselves leave out, each case named below with its reason.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST } from '../helpers/site';

interface Csl {
	id: string;
	author?: { family?: string; given?: string; literal?: string }[];
	issued?: { 'date-parts': number[][] };
	title?: string;
	'container-title'?: string | undefined;
	publisher?: string;
	URL?: string;
	DOI?: string;
}

let dir: string;
const run = (command: string, args: string[]) => {
	try {
		return execFileSync(command, args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
	} catch (error) {
		const e = error as { code?: string; stdout?: string; stderr?: string };
		if (e.code === 'ENOENT')
			throw new Error(
				`${command} is missing: apt-get install pandoc biber texlive-latex-base texlive-bibtex-extra bibutils (.ci/run does)`,
				{
					cause: error,
				},
			);
		// BibTeX exits 1 when it has warned; its log is what is checked.
		return `${e.stdout ?? ''}${e.stderr ?? ''}`;
	}
};

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'bib-tools-'));
	copyFileSync(join(DIST, 'data', 'bibliography.bib'), join(dir, 'bibliography.bib'));
	copyFileSync(join(DIST, 'data', 'bibliography.json'), join(dir, 'bibliography.json'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What a reader's reference list shows of a work, with the typography pandoc normalises (quotes, apostrophes, case after a colon) set aside. */
function shown(item: Csl) {
	const text = (s: string | undefined) => s?.replace(/[‘’“”"']/g, "'").toLowerCase();
	return {
		author: (item.author ?? []).map((n) => n.literal ?? [n.family, n.given].filter(Boolean).join(', ')),
		date: item.issued?.['date-parts'][0],
		title: text(item.title),
		// pandoc reads an @online's organization as the publisher, which citation styles print in the container's place.
		site: text(item['container-title'] ?? item.publisher),
		url: item.URL,
		doi: item.DOI,
	};
}

describe('pandoc', () => {
	it('reads from the .bib what it reads from the CSL-JSON, entry by entry', () => {
		const csl = JSON.parse(readFileSync(join(dir, 'bibliography.json'), 'utf8')) as Csl[];
		const fromBib = new Map(
			(JSON.parse(run('pandoc', ['-f', 'biblatex', '-t', 'csljson', 'bibliography.bib'])) as Csl[]).map((i) => [i.id, i]),
		);
		expect([...fromBib.keys()].sort()).toEqual(csl.map((i) => i.id).sort());
		const differ = csl.filter((item) => JSON.stringify(shown(item)) !== JSON.stringify(shown(fromBib.get(item.id)!)));
		expect(differ.map((i) => `${i.id}: ${JSON.stringify(shown(i))} ≠ ${JSON.stringify(shown(fromBib.get(i.id)!))}`)).toEqual([]);
	});

	it('renders every CSL-JSON entry without a warning', () => {
		writeFileSync(join(dir, 'all.md'), '---\nnocite: "@*"\n---\n');
		const result = spawnSync('pandoc', ['all.md', '--citeproc', '--bibliography=bibliography.json', '-t', 'plain', '--wrap=none'], {
			cwd: dir,
			encoding: 'utf8',
		});
		expect(result.stderr).toBe('');
		expect(result.stdout.split('\n\n').filter(Boolean).length).toBe(
			JSON.parse(readFileSync(join(dir, 'bibliography.json'), 'utf8')).length,
		);
	});
});

describe('bibutils, reading the RIS', () => {
	it('reads every record with the author, date, title, site and address of the CSL-JSON', () => {
		copyFileSync(join(DIST, 'data', 'bibliography.ris'), join(dir, 'bibliography.ris'));
		const mods = run('ris2xml', ['bibliography.ris']);
		expect(mods).not.toMatch(/Did not recognize type/);
		writeFileSync(
			join(dir, 'mods.xml'),
			execFileSync('ris2xml', ['bibliography.ris'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
		);
		writeFileSync(
			join(dir, 'from-ris.bib'),
			execFileSync('xml2bib', ['-b', '-nb', 'mods.xml'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
		);
		const fromRis = new Map(
			(JSON.parse(run('pandoc', ['-f', 'bibtex', '-t', 'csljson', 'from-ris.bib'])) as (Csl & { 'collection-title'?: string })[]).map(
				(i) => [
					i.id,
					// bibutils files a chapter's book (RIS T2) as its series.
					{ ...i, 'container-title': i['container-title'] ?? i['collection-title'] },
				],
			),
		);
		const csl = JSON.parse(readFileSync(join(dir, 'bibliography.json'), 'utf8')) as Csl[];
		// RIS IDs are cut at 20 characters, as readers cut them.
		expect([...fromRis.keys()].sort()).toEqual(csl.map((i) => i.id.slice(0, 20)).sort());
		// bibutils reads a body's name ("SCO Secretariat") as a person's ("Secretariat, S. C. O."), and
		// may drop its small words ("for the"): RIS has no mark for a corporate author. A person's name
		// must come back whole; a body must still be there.
		const name = (n: NonNullable<Csl['author']>[number]) => n.literal ?? [n.family, n.given].filter(Boolean).join(', ');
		const differ = csl.filter((item) => {
			const back = fromRis.get(item.id.slice(0, 20))!;
			const bodies = (list: Csl['author']) => (list ?? []).map((n, k) => (item.author?.[k]?.literal ? 'a body' : name(n)));
			const [a, b] = [shown(item), shown(back)];
			// A DOI is also written as the record's address.
			return (
				JSON.stringify({ ...a, author: bodies(item.author), url: a.url ?? b.url }) !== JSON.stringify({ ...b, author: bodies(back.author) })
			);
		});
		expect(differ.map((i) => `${i.id}: ${JSON.stringify(shown(i))} ≠ ${JSON.stringify(shown(fromRis.get(i.id.slice(0, 20))!))}`)).toEqual(
			[],
		);
	});
});

/** biber's warnings that the sources' own lists explain: a work they give no date, or no author, has none here. */
const BIBER_ACCEPTED = [
	// Web pages and a law text that the sources list, or the editors read, without a date of publication.
	/Missing mandatory field - one of 'date, year' must be defined/,
	// A newspaper item published without a byline.
	/Entry 'thenews-2021-hts-taliban' .*Missing mandatory field 'author'/,
];

describe('biber', () => {
	it('validates the .bib against the biblatex data model with no warning but the accepted ones', () => {
		const log = run('biber', ['--tool', '--validate-datamodel', '--nolog', 'bibliography.bib', '-O', join(dir, 'checked.bib')]);
		const warnings = log.split('\n').filter((l) => /^(WARN|ERROR)/.test(l));
		expect(warnings.filter((w) => !BIBER_ACCEPTED.some((accepted) => accepted.test(w)))).toEqual([]);
		expect(log).not.toMatch(/^ERROR/m);
	});
});

/** Classic BibTeX's warnings that follow from what the sources give or from biblatex's types. */
const BIBTEX_ACCEPTED = [
	// @online is biblatex's type for a web page; BibTeX styles print it as @misc.
	/^Warning--entry type for "[^"]+" isn't style-file defined$/,
	// Undated works (see biber above).
	/^Warning--empty year in /,
	// A newspaper item without a byline.
	/^Warning--empty author in thenews-2021-hts-taliban$/,
	// Li's list gives these chapters no page range and these books no publisher.
	/^Warning--empty chapter and pages in /,
	/^Warning--empty publisher in /,
	// Li's list gives an issue number but no volume for two journal articles.
	/^Warning--there's a number but no volume in /,
];

describe.each(['plain', 'plainnat'])('BibTeX 0.99 with %s', (style) => {
	it('reads every entry, with no warning but the accepted ones, and keeps acronyms in capitals', () => {
		writeFileSync(join(dir, `${style}.aux`), `\\citation{*}\n\\bibdata{bibliography}\n\\bibstyle{${style}}\n`);
		const log = run('bibtex', ['-terse', style]);
		const warnings = log.split('\n').filter((l) => l.startsWith('Warning--'));
		expect(warnings.filter((w) => !BIBTEX_ACCEPTED.some((accepted) => accepted.test(w)))).toEqual([]);
		const bbl = readFileSync(join(dir, `${style}.bbl`), 'utf8');
		expect(bbl.match(/\\bibitem/g)?.length).toBe(JSON.parse(readFileSync(join(dir, 'bibliography.json'), 'utf8')).length);
		// The words BibTeX lower-cased before: the first word of Saenko's title, and ATC.
		expect(bbl).toMatch(/SCO\}+ – a reliable barrier/);
		expect(bbl).toMatch(/ATC\}+ \{CIS\}/);
		expect(bbl).not.toMatch(/\bSco\b|\bAtc\b/);
		expect(bbl).toContain('September 2025');
	});
});
