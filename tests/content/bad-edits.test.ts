/**
 * Every kind of mistake a maintainer can make in a pull request, made for real on a fresh copy of
 * the content: the check must fail (or warn, where harmless) with a message that names the file
 * and the field or line, and the untouched content must pass.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/io/check-content';
import { formatProblem, type Problem } from '../../src/lib/checks/index';
import { assertContentValid } from '../../src/integrations/site-build';
import { ROOT } from '../helpers/content';

let copy: string | undefined;
afterEach(() => {
	if (copy) rmSync(copy, { recursive: true, force: true });
	copy = undefined;
});

/** A fresh copy of seeds/ and content/ with one file edited, and what the check says about it. */
function edit(file: string, change: (text: string) => string): Problem[] {
	copy = mkdtempSync(join(tmpdir(), 'ct-content-'));
	cpSync(join(ROOT, 'seeds'), join(copy, 'seeds'), { recursive: true });
	cpSync(join(ROOT, 'content'), join(copy, 'content'), { recursive: true });
	const path = join(copy, file);
	const before = readFileSync(path, 'utf8');
	const after = change(before);
	expect(after, 'the edit changed nothing').not.toBe(before);
	writeFileSync(path, after);
	return checkContent(copy);
}
/** A fresh copy of seeds/ and content/ with one file written (added or replaced), and what the check says. */
function write(file: string, text: string): Problem[] {
	copy ??= mkdtempSync(join(tmpdir(), 'ct-content-'));
	cpSync(join(ROOT, 'seeds'), join(copy, 'seeds'), { recursive: true });
	cpSync(join(ROOT, 'content'), join(copy, 'content'), { recursive: true });
	mkdirSync(dirname(join(copy, file)), { recursive: true });
	writeFileSync(join(copy, file), text);
	return checkContent(copy);
}

const errors = (problems: Problem[]) => problems.filter((p) => p.severity === 'error');
const warnings = (problems: Problem[]) => problems.filter((p) => p.severity === 'warning');
const replace = (from: string | RegExp, to: string) => (text: string) => text.replace(from, to);

const EVENT = 'content/events/beslan-school-siege-2004.md';
const EVENT_WITH_ORGS = 'content/events/xiamen-2019.md';
const SECTION = 'content/sources/li-2025/review.mdx';
const ORG = 'content/organizations/interpol.md';
const REFS = 'content/references.yml';
/** The last line of SECTION's frontmatter: problems in its body are reported below it. */
const BODY_START = readFileSync(join(ROOT, SECTION), 'utf8').split('\n').indexOf('---', 1) + 1;

it('the content as it stands has no problem', () => {
	expect(checkContent(ROOT).map(formatProblem)).toEqual([]);
});

describe('1. frontmatter fields', () => {
	it('a required field missing', () => {
		const [p, ...rest] = errors(edit(EVENT, replace(/^title: .*\n/m, '')));
		expect(rest).toEqual([]);
		expect(p).toMatchObject({ file: EVENT, field: 'title', message: 'the required field "title" is missing' });
		expect(p!.fix).toMatch(/add it/);
	});

	it('a bibliography date that is not CSL date-parts', () => {
		const [p, ...rest] = errors(edit(REFS, replace('issued: { date-parts: [[2006]] }', 'issued: 2006')));
		expect(rest).toEqual([]);
		expect(p).toMatchObject({ file: REFS, field: 'issued' });
		expect(`${p!.message} ${p!.fix}`).toMatch(/date-parts: \[\[2022\]\]/);
		expect(readFileSync(join(copy!, REFS), 'utf8').split('\n')[p!.line - 1]).toContain('issued: 2006');
	});

	it('a field of the wrong type', () => {
		const [p] = errors(edit(REFS, replace(/^ {2}listed: \{ source: li-2025, number: 3 \}$/m, '  listed: { source: li-2025, number: three }')));
		expect(p).toMatchObject({ file: REFS, field: 'listed.number' });
		expect(p!.message).toMatch(/number/);
		expect(readFileSync(join(copy!, REFS), 'utf8').split('\n')[p!.line - 1]).toContain('number: three');
	});

	it('an unknown field, with the likely intended one', () => {
		const [p] = errors(edit(EVENT_WITH_ORGS, replace(/^organizations:/m, 'orgnizations:')));
		expect(p).toMatchObject({ file: EVENT_WITH_ORGS, field: 'orgnizations', message: 'unknown field "orgnizations"', fix: 'did you mean "organizations"?' });
	});

	it('a backslash before a quote in an unquoted value, which the page would show', () => {
		const SEED = 'seeds/saenko-2025.yml';
		const [p, ...rest] = errors(edit(SEED, replace('a stray "X"', 'a stray \\"X\\"')));
		expect(rest).toEqual([]);
		expect(p).toMatchObject({ file: SEED, field: 'provenance.note' });
		expect(p!.fix).toMatch(/remove the backslash/);
		expect(readFileSync(join(copy!, SEED), 'utf8').split('\n')[p!.line - 1]).toContain('stray \\"X');
	});

	it('a field that is derived, not typed (a section’s order)', () => {
		const [p] = errors(edit(SECTION, replace(/^title: /m, 'order: 2\ntitle: ')));
		expect(p).toMatchObject({ file: SECTION, field: 'order', line: 2, message: 'unknown field "order"' });
	});
});

describe('2. dates', () => {
	it('an impossible date', () => {
		const [p] = errors(edit(EVENT, replace(/^date: .*$/m, 'date: "2019-02-30"')));
		expect(p).toMatchObject({ file: EVENT, field: 'date', line: 3 });
		expect(p!.message).toMatch(/does not exist: February 2019 has 28 days/);
	});

	it('a malformed date', () => {
		const [p] = errors(edit(EVENT, replace(/^date: .*$/m, 'date: 19-2-2019')));
		expect(p).toMatchObject({ file: EVENT, field: 'date' });
		expect(p!.message).toMatch(/write it as YYYY, YYYY-MM or YYYY-MM-DD/);
	});

	it('an end date before its start', () => {
		const [p] = errors(edit(EVENT, replace(/^endDate: .*$/m, 'endDate: "2004-08-30"')));
		expect(p).toMatchObject({ file: EVENT, field: 'endDate' });
		expect(p!.message).toMatch(/earlier than date/);
	});

	it('a precision that contradicts the date', () => {
		const [p] = errors(edit(EVENT, replace(/^date: (.*)$/m, 'date: $1\nprecision: year')));
		expect(p).toMatchObject({ file: EVENT, field: 'precision' });
		expect(p!.message).toMatch(/precision says "year" but the date is written to the day/);
	});
});

describe('3. references to what does not exist', () => {
	it('an organization', () => {
		const [p] = errors(edit(EVENT_WITH_ORGS, replace(/^organizations: \[/m, 'organizations: [interpoll, ')));
		expect(p).toMatchObject({ file: EVENT_WITH_ORGS, field: 'organizations.0' });
		expect(p!.message).toMatch(/no organization with the id "interpoll"; did you mean "interpol"\?/);
	});

	it('a section and a source', () => {
		const problems = errors(edit(EVENT, replace(/section: saenko-2025\/day-of-solidarity/, 'section: saenko-2025/solidarity-day')));
		expect(problems.map((p) => p.field)).toContain('sources.0.section');
		const [p] = errors(edit(REFS, replace(/source: li-2025, number: 3/, 'source: li-2024, number: 3')));
		expect(p!.message).toMatch(/no source with the id "li-2024"; did you mean "li-2025"\?/);
	});

	it('a pointer that names both its section and its source', () => {
		const [p] = errors(edit(ORG, replace(/\{ section: li-2025\//, '{ source: li-2025, section: li-2025/')));
		expect(p).toMatchObject({ file: ORG, field: expect.stringMatching(/^sources\.\d+\.source$/) });
		expect(p!.message).toMatch(/the section id .* already names its source/);
	});

	it('a country code', () => {
		const [p] = errors(edit(EVENT, replace(/country: RU/, 'country: RUS')));
		expect(p).toMatchObject({ file: EVENT, field: 'place.country' });
		expect(p!.message).toMatch(/not an ISO 3166-1 alpha-2 country code/);
	});
});

describe('3b. documents', () => {
	const DOC = 'content/documents/sco-unodc-memorandum-2011.md';
	const EVENT_WITH_DOC = 'content/events/sco-unodc-memorandum-2011.md';

	it('an unknown party', () => {
		const [p, ...rest] = errors(edit(DOC, replace('organizations: [sco-secretariat, unodc]', 'organizations: [sco-secretariat, undoc]')));
		expect(rest).toEqual([]);
		expect(p).toMatchObject({ file: DOC, field: 'parties.organizations.1', line: 4 });
		expect(p!.message).toMatch(/no organization with the id "undoc"; did you mean "unodc"\?/);
	});

	it('an impossible date', () => {
		const [p] = errors(edit(DOC, replace('date: "2011-06"', 'date: "2011-13"')));
		expect(p).toMatchObject({ file: DOC, field: 'date', line: 5 });
		expect(p!.message).toMatch(/2011-13/);
	});

	it('a period that ends before it starts', () => {
		const file = 'content/documents/sco-cooperation-programme-2025-2027.md';
		const [p] = errors(edit(file, replace('period: { from: 2025, to: 2027 }', 'period: { from: 2027, to: 2025 }')));
		expect(p).toMatchObject({ file, field: 'period.to' });
		expect(p!.message).toMatch(/swap them/);
	});

	it('a kind that does not exist, with the kinds to choose from', () => {
		const [p] = errors(edit(DOC, replace('kind: memorandum', 'kind: memo')));
		expect(p).toMatchObject({ file: DOC, field: 'kind', line: 3 });
		expect(p!.fix).toMatch(/use one of: convention, .*memorandum/);
	});

	it('a misspelt field', () => {
		const [p] = errors(edit(DOC, replace(/^parties:/m, 'partys:')));
		expect(p).toMatchObject({ file: DOC, field: 'partys', message: 'unknown field "partys"', fix: 'did you mean "parties"?' });
	});

	it('an event naming a document that does not exist', () => {
		const [p, ...rest] = errors(edit(EVENT_WITH_DOC, replace('documents: [sco-unodc-memorandum-2011]', 'documents: [sco-unodc-memorandum-2012]')));
		expect(rest).toEqual([]);
		expect(p).toMatchObject({ file: EVENT_WITH_DOC, field: 'documents.0' });
		expect(p!.message).toMatch(/no document with the id "sco-unodc-memorandum-2012"; did you mean "sco-unodc-memorandum-2011"\? \(content\/documents\/<id>\.md\)/);
	});

	it('a note concerning a document that does not exist', () => {
		const file = 'content/notes/astana-summit-year.md';
		const [p] = errors(edit(file, replace('documents: [sco-cooperation-programme-2025-2027]', 'documents: [sco-programme]')));
		expect(p).toMatchObject({ file, field: 'documents.0' });
		expect(p!.message).toMatch(/no document with the id "sco-programme"/);
	});

	it('a document without text', () => {
		const [p] = errors(edit(DOC, (t) => t.slice(0, t.indexOf('---', 3) + 4)));
		expect(p).toMatchObject({ file: DOC, message: 'the document has no text below the frontmatter' });
	});

	it('a document id the site uses for its own pages', () => {
		edit(DOC, (t) => `${t}\n`);
		renameSync(join(copy!, DOC), join(copy!, 'content/documents/page.md'));
		const p = errors(checkContent(copy!)).find((x) => x.message.includes('is taken'))!;
		expect(p).toMatchObject({ file: 'content/documents/page.md', fix: 'rename the file' });
		expect(p.message).toMatch(/\(\/documents\/page\/2\/\)/);
	});
});

describe('4. duplicates', () => {
	it('two bibliography entries with the same id', () => {
		const problems = errors(edit(REFS, replace('- id: mattli-1999', '- id: ma-2006')));
		const p = problems.find((x) => x.message.includes('already used'))!;
		expect(p).toMatchObject({ file: REFS, field: 'id' });
		expect(p.message).toMatch(/the id "ma-2006" is already used by content\/references\.yml \(line \d+\)/);
	});

	it('an id the site uses for its own pages', () => {
		edit(EVENT, (t) => `${t}\n`);
		renameSync(join(copy!, EVENT), join(copy!, 'content/events/page.mdx'));
		const p = errors(checkContent(copy!)).find((x) => x.message.includes('is taken'))!;
		expect(p).toMatchObject({ file: 'content/events/page.mdx', fix: 'rename the file' });
		expect(p.message).toMatch(/\(\/events\/page\/2\/\)/);
	});

	it('two files that would build to the same page', () => {
		edit(ORG, (t) => `${t}\n`);
		renameSync(join(copy!, ORG), join(copy!, 'content/organizations/sco.mdx'));
		const p = errors(checkContent(copy!)).find((x) => x.message.includes('already used'))!;
		expect(p.file).toMatch(/^content\/organizations\/sco\.mdx?$/);
		expect(p.fix).toMatch(/another id/);
	});
});

describe('5. citations and notes', () => {
	it('a citation key that is not in the bibliography', () => {
		const [p] = errors(edit(SECTION, replace('[@li-2025, review]', '[@li-2052, review]')));
		expect(p).toMatchObject({ file: SECTION, message: 'unknown citation key "@li-2052"' });
		expect(p!.line).toBeGreaterThan(BODY_START);
		expect(p!.fix).toMatch(/did you mean "@li-2025"\?/);
	});

	it('a note without its definition', () => {
		const [p] = errors(edit(SECTION, (t) => t.replace('continuous.', 'continuous.[^gone]')));
		expect(p).toMatchObject({ file: SECTION, message: 'the note [^gone] has no definition' });
	});

	it('a definition never referred to (a warning)', () => {
		const problems = edit(SECTION, (t) => `${t}\n[^spare]: A note nobody cites.\n`);
		expect(errors(problems)).toEqual([]);
		expect(warnings(problems)[0]).toMatchObject({ file: SECTION, message: 'the note [^spare] is defined but never referred to' });
	});
});

describe('6. internal links', () => {
	it('a link to a page that does not exist', () => {
		const [p] = errors(edit(SECTION, replace('](/organizations/unodc/)', '](/organizations/undoc/)')));
		expect(p).toMatchObject({ file: SECTION, message: 'the link /organizations/undoc/ leads to no page' });
	});

	it('a link to a heading that does not exist', () => {
		const [p] = errors(edit(SECTION, replace('](/organizations/unodc/)', '](/sources/li-2025/rats-international/#with-nato)')));
		expect(p!.message).toMatch(/names an anchor \(#with-nato\) that page does not have/);
		expect(errors(edit(SECTION, replace('](/organizations/unodc/)', '](/sources/li-2025/rats-international/#with-interpol)')))).toEqual([]);
	});
});

describe('6b. read as the renderer reads it: the syntax tree, not the text', () => {
	it('a reference-style link to a page that does not exist', () => {
		const [p, ...rest] = errors(edit(SECTION, (t) => `${t}\nSee [the office][unodc].\n\n[unodc]: /organizations/undoc/\n`));
		expect(rest).toEqual([]);
		expect(p).toMatchObject({ file: SECTION, message: 'the link /organizations/undoc/ leads to no page' });
	});

	it('a # comment in a code fence is not a heading a link may name', () => {
		const fence = '\n```sh\n# install the tools\nnpm install\n```\n';
		expect(errors(edit(ORG, (t) => `${t}${fence}`))).toEqual([]);
		const [p] = errors(edit(SECTION, (t) => `${t}\nSee [the tools](/organizations/interpol/#install-the-tools).\n`));
		expect(p!.message).toMatch(/names an anchor \(#install-the-tools\) that page does not have/);
	});

	it('a citation inside inline code is only text', () => {
		expect(errors(edit(SECTION, (t) => `${t}\nWrite \`[@nobody-1999]\` to cite a work.\n`))).toEqual([]);
		const [p] = errors(edit(SECTION, (t) => `${t}\nWrite [@nobody-1999] to cite a work.\n`));
		expect(p!.message).toBe('unknown citation key "@nobody-1999"');
	});

	it('MDX that does not parse, with line and column', () => {
		const [p] = errors(edit(SECTION, (t) => `${t}\n<aside>\n\nNever closed.\n`));
		expect(p).toMatchObject({ file: SECTION });
		expect(p!.message).toMatch(/the MDX does not parse \(line \d+, column \d+\)/);
	});
});

describe('7. what MDX content may contain', () => {
	it.each([
		['an import', "import Chart from '../../src/components/Chart.astro';\n\n"],
		['a raw script', '<script>alert(1)</script>\n\n'],
		['an iframe', '<iframe src="page.html"></iframe>\n\n'],
		['a style block', '<style>p { color: red }</style>\n\n'],
		['an event handler', '<span onclick="go()">x</span>\n\n'],
		['an unknown component', '<Chart data="x" />\n\n'],
	])('%s', (_, snippet) => {
		const problems = errors(edit(SECTION, (t) => t.replace(/^(---[\s\S]*?---\n)/, `$1\n${snippet}`)));
		expect(problems.length).toBeGreaterThan(0);
		expect(problems[0]!.file).toBe(SECTION);
		expect(problems[0]!.line).toBeGreaterThan(BODY_START);
	});
});

describe('7b. editor’s notes', () => {
	const NOTE = 'content/notes/li-abstract-shrinking-and-growing.md';
	it('a note that concerns nothing', () => {
		const [p] = errors(edit(NOTE, (t) => t.replace(/^(sources|sections|organizations): .*\n/gm, '')));
		expect(p).toMatchObject({ file: NOTE, field: 'sections' });
		expect(p!.message).toMatch(/say what the note concerns/);
	});
	it('a note that concerns an entry that does not exist', () => {
		const [p] = errors(edit(NOTE, replace(/^organizations: \[sco-rats\]/m, 'organizations: [sco-ratz]')));
		expect(p).toMatchObject({ file: NOTE, field: 'organizations.0' });
		expect(p!.message).toMatch(/no organization with the id "sco-ratz"; did you mean "sco-rats"\?/);
	});
	it('a note of an unknown kind', () => {
		const [p] = errors(edit(NOTE, replace(/^kind: .*$/m, 'kind: contradiction')));
		expect(p).toMatchObject({ file: NOTE, field: 'kind' });
		expect(p!.fix).toMatch(/use one of: date-discrepancy/);
	});
});

it('8. a remote image', () => {
	const [p] = errors(edit(SECTION, (t) => `${t}\n![map](https://example.org/map.png)\n`));
	expect(p).toMatchObject({ file: SECTION });
	expect(p!.message).toMatch(/remote image would break the offline edition/);
});

describe('9. bodies and summaries', () => {
	it('an empty body where the page needs one', () => {
		const [p] = errors(edit(ORG, (t) => t.replace(/^(---[\s\S]*?---\n)[\s\S]*$/, '$1\n')));
		expect(p).toMatchObject({ file: ORG, message: 'the profile has no text below the frontmatter' });
	});

	it('a summary longer than the layouts show (a warning)', () => {
		const problems = edit(EVENT, replace(/^summary: .*$/m, `summary: ${'Militants held a school in Beslan. '.repeat(10).trim()}`));
		expect(errors(problems)).toEqual([]);
		expect(warnings(problems)[0]).toMatchObject({ file: EVENT, field: 'summary' });
	});
});

it('10. YAML that does not parse, with line and column', () => {
	const [p] = errors(edit(REFS, replace('  title: Sustainable progress of the Shanghai Cooperation Organisation', '  title: Sustainable: progress of the SCO')));
	expect(p).toMatchObject({ file: REFS });
	expect(p!.message).toMatch(/YAML does not parse \(line \d+, column \d+\)/);
});

it('the build stops on errors, listing them all', () => {
	edit(EVENT, replace(/^date: .*$/m, 'date: "2019-02-30"'));
	writeFileSync(join(copy!, SECTION), readFileSync(join(copy!, SECTION), 'utf8').replace('[@li-2025, review]', '[@nobody, review]'));
	expect(() => assertContentValid(copy!, { warn: () => {} })).toThrow(/2 problems to fix[\s\S]*beslan-school-siege-2004\.md:3 \(date\)[\s\S]*review\.mdx:\d+: unknown citation key "@nobody"/);
});

describe('11. assessments and comparisons', () => {
	const RATS = 'content/organizations/sco-rats.md';
	const SEED = 'seeds/li-2025.yml';
	const line = (file: string, n: number) => readFileSync(join(copy!, file), 'utf8').split('\n')[n - 1];

	it('an aspect that is not in the list', () => {
		const [p, ...rest] = errors(edit(RATS, replace('  - aspect: headquarters', '  - aspect: seat')));
		expect(rest).toEqual([]);
		expect(p).toMatchObject({ file: RATS, field: expect.stringMatching(/^assessments\.\d+\.aspect$/) });
		expect(p!.fix).toMatch(/use one of: founding, headquarters/);
		expect(line(RATS, p!.line)).toContain('aspect: seat');
	});

	it('an assessment without its source pointer', () => {
		const [p, ...rest] = errors(edit(RATS, replace(/(statement: Saenko places its headquarters in Tashkent\.)\n\s+source: .*\n/, '$1\n')));
		expect(rest).toEqual([]);
		expect(p).toMatchObject({ file: RATS, field: expect.stringMatching(/^assessments\.\d+\.source$/) });
		expect(p!.message).toMatch(/the required field "assessments\.\d+\.source" is missing/);
		expect(p!.fix).toMatch(/add it/);
	});

	it('a pointer without a locator', () => {
		const [p] = errors(edit(RATS, replace('{ section: saenko-2025/national-anti-terrorism-committee, locator: "International contacts" }', '{ section: saenko-2025/national-anti-terrorism-committee }')));
		expect(p).toMatchObject({ file: RATS, field: expect.stringMatching(/^assessments\.\d+\.source\.locator$/) });
		expect(p!.message).toMatch(/no locator/);
		expect(p!.fix).toMatch(/add `locator: /);
	});

	it('a pointer to a section that does not exist', () => {
		const [p, ...rest] = errors(edit(RATS, replace('section: saenko-2025/national-anti-terrorism-committee, locator', 'section: saenko-2025/national-anti-terror-committee, locator')));
		expect(rest).toEqual([]);
		expect(p).toMatchObject({ file: RATS, field: expect.stringMatching(/^assessments\.\d+\.source\.section$/) });
		expect(p!.message).toMatch(/no section with the id "saenko-2025\/national-anti-terror-committee"; did you mean "saenko-2025\/national-anti-terrorism-committee"\?/);
		expect(p!.fix).toMatch(/write "saenko-2025\/national-anti-terrorism-committee"/);
		expect(line(RATS, p!.line)).toContain('national-anti-terror-committee');
	});

	it('a note that does not exist', () => {
		const [p, ...rest] = errors(edit(RATS, replace('notes: [nine-or-ten-members,', 'notes: [nine-or-ten,')));
		expect(rest).toEqual([]);
		expect(p).toMatchObject({ file: RATS, field: expect.stringMatching(/^assessments\.\d+\.notes\.0$/) });
		expect(p!.message).toMatch(/no note with the id "nine-or-ten"/);
		expect(p!.fix).toMatch(/content\/notes\/<id>\.md|write "/);
	});

	it('a comparison of an organization that does not exist, or of one alone', () => {
		const [p] = errors(edit(SEED, replace('compares: [sco-rats, cis-atc]', 'compares: [sco-rats, cis-atx]')));
		expect(p).toMatchObject({ file: SEED, field: 'compares.1' });
		expect(p!.message).toMatch(/did you mean "cis-atc"\?/);
		expect(p!.fix).toBeDefined();
		const [q] = errors(edit(SEED, replace('compares: [sco-rats, cis-atc]', 'compares: [sco-rats]')));
		expect(q).toMatchObject({ file: SEED, field: 'compares' });
		expect(q!.message).toMatch(/at least two organizations/);
		expect(q!.fix).toBeDefined();
	});

	it('a link to a comparison no source makes', () => {
		expect(errors(edit(ORG, (t) => `${t}\nSee [the comparison](/compare/sco-rats--cis-atc/).\n`))).toEqual([]);
		const [p] = errors(edit(ORG, (t) => `${t}\nSee [the comparison](/compare/sco-rats--interpol/).\n`));
		expect(p).toMatchObject({ file: ORG, message: 'the link /compare/sco-rats--interpol/ leads to no page' });
	});
});

describe('12. written once: a statement, a date, a note', () => {
	const CIS = 'content/organizations/cis.md';
	const ATC = 'content/organizations/cis-atc.md';
	const CSTO = 'content/organizations/csto.md';

	it('a statement about both bodies typed into each of them', () => {
		const copy = `  - aspect: contribution
    statement: Li credits the ATC and RATS alike with a significant part in building global and regional security systems, and with recognition by the international community.
    source: { section: li-2025/conclusion, locator: "What the two bodies share" }
`;
		const [p, ...rest] = errors(edit(ATC, replace(/^assessments:\n/m, `assessments:\n${copy}`)));
		expect(rest).toEqual([]);
		expect(p!.field).toMatch(/^assessments\.\d+\.statement$/);
		expect([ATC, 'content/organizations/sco-rats.md']).toContain(p!.file);
		expect(p!.message).toMatch(/says what .* already says/);
		expect(p!.fix).toMatch(/sharedWith: \[/);
	});

	it('a membership date that its event already holds', () => {
		const [p, ...rest] = errors(edit(CIS, replace('endedBy: georgia-leaves-cis-2009', 'to: "2009"')));
		expect(rest).toEqual([]);
		expect(p).toMatchObject({ file: CIS, field: 'memberships.2.to' });
		expect(p!.message).toMatch(/georgia-leaves-cis-2009/);
		expect(p!.fix).toBe('replace `to: "2009"` with `endedBy: georgia-leaves-cis-2009`; the date is then read from the event');
	});

	it('a membership that gives both a date and the event that holds it', () => {
		const [p, ...rest] = errors(edit(CIS, replace('endedBy: georgia-leaves-cis-2009', 'endedBy: georgia-leaves-cis-2009\n    to: "2010"')));
		expect(rest).toEqual([]);
		expect(p).toMatchObject({ file: CIS, field: 'memberships.2.to' });
		expect(p!.message).toMatch(/either to or endedBy, not both/);
	});

	it('an ending event that does not exist', () => {
		const [p] = errors(edit(CIS, replace('endedBy: georgia-leaves-cis-2009', 'endedBy: georgia-leaves-cis')));
		expect(p).toMatchObject({ file: CIS, field: 'memberships.2.endedBy' });
		expect(p!.message).toMatch(/no event with the id "georgia-leaves-cis"; did you mean "georgia-leaves-cis-2009"/);
	});

	it('a profile that retells an editor’s note instead of leaving it to the note', () => {
		const remark = 'As for its sources, the reviewer writes that all 22 works in the bibliography are referred to in the text.';
		const [p, ...rest] = errors(edit(CSTO, (t) => `${t}\n${remark}\n`));
		expect(rest).toEqual([]);
		expect(p).toMatchObject({ file: CSTO });
		expect(p!.message).toMatch(/repeats the editor's note content\/notes\/review-22-works-cited\.md/);
		expect(p!.fix).toMatch(/\/notes\/review-22-works-cited\//);
	});

	it('a document that names a body it guides but does not exist', () => {
		const DOC = 'content/documents/shanghai-convention.md';
		const [p] = errors(edit(DOC, replace('guides: [sco-rats]', 'guides: [sco-ratz]')));
		expect(p).toMatchObject({ file: DOC, field: 'guides.0' });
	});
});

describe('13. translations carry text only', () => {
	const RU = 'content/translations/ru/events/beslan-school-siege-2004.md';
	const RU_RATS = 'content/translations/ru/organizations/sco-rats.md';

	it('a fact restated in a translation', () => {
		const [p, ...rest] = errors(edit(RU, replace(/^revision: (.*)$/m, 'revision: $1\ndate: "2004-09-01"')));
		expect(rest).toEqual([]);
		expect(p).toMatchObject({ file: RU, field: 'date', message: `"date" is a fact, typed once in ${EVENT}; a translation carries text only` });
		expect(p!.fix).toMatch(/remove "date" here/);
	});

	it('a translation of an entry that does not exist', () => {
		// The file renamed, as if its English entry were misnamed.
		const file = 'content/translations/ru/events/beslan-school-siege-2005.md';
		edit(RU, (text) => `${text}
`);
		renameSync(join(copy!, RU), join(copy!, file));
		const [p, ...rest] = errors(checkContent(copy!));
		expect(rest).toEqual([]);
		expect(p).toMatchObject({ file, message: expect.stringContaining('it translates event "beslan-school-siege-2005", which does not exist') });
		expect(p!.fix).toMatch(/beslan-school-siege-2004/);
	});

	it('a required text field missing from a translation', () => {
		const [p, ...rest] = errors(edit(RU, replace(/^summary: .*\n/m, '')));
		expect(rest).toEqual([]);
		expect(p).toMatchObject({ file: RU, field: 'summary', message: expect.stringContaining('the required field "summary" is missing') });
		expect(p!.fix).toContain(EVENT);
	});

	it('a form the glossary rejects, in any case ending', () => {
		const [p, ...rest] = errors(
			edit(RU_RATS, replace(/(\n\n[^\n]*?)Региональная антитеррористическая структура/, '$1Региональной антитеррористической организации')),
		);
		expect(rest).toEqual([]);
		expect(p).toMatchObject({ file: RU_RATS, message: expect.stringMatching(/^«Региональной антитеррористической организации» is a form the glossary rejects for sco-rats/) });
		expect(p!.fix).toMatch(/Региональная антитеррористическая структура/);
	});

	it('a glossary term with no record and no word on why', () => {
		const GLOSSARY = 'content/glossary.yml';
		const term = '- id: zz-test-term\n  en: { name: Test term }\n  ru: { name: Тестовый термин }\n  zh: { name: 测试术语 }\n';
		const [p, ...rest] = errors(edit(GLOSSARY, (t) => `${t}\n${term}`));
		expect(rest).toEqual([]);
		expect(p).toMatchObject({ file: GLOSSARY, field: expect.stringMatching(/records$/) });
		expect(p!.message).toMatch(/give at least one public record you have read, or say under `uncertain`/);
		expect(errors(edit(GLOSSARY, (t) => `${t}\n${term}  uncertain: No record gives a form; the site translates the English.\n`))).toEqual([]);
	});

	it('English text changed after the revision a translation records: a warning on the translation', () => {
		const problems = edit(EVENT, replace('militants held a school', 'militants seized and held a school'));
		expect(errors(problems)).toEqual([]);
		const stale = warnings(problems).filter((p) => p.file.startsWith('content/translations/'));
		expect(stale.map((p) => p.file).sort()).toEqual([RU, RU.replace('/ru/', '/zh/')]);
		expect(stale[0]).toMatchObject({ field: 'revision', message: expect.stringContaining('out of date') });
		expect(stale[0]!.fix).toMatch(/set revision: "[0-9a-f]{12}"/);
	});

	it('a translated title longer than any list shows whole', () => {
		const long = 'Боевики захватывают школу в Беслане, '.repeat(5);
		const [p, ...rest] = errors(edit(RU, replace(/^title: .*$/m, `title: "${long}"`)));
		expect(rest).toEqual([]);
		expect(p).toMatchObject({ file: RU, field: 'title' });
		expect(p!.message).toMatch(/a title is at most 160 characters, since lists show it whole/);
	});

	it('a translated section whose headings are not the English ones, in number or level', () => {
		const file = 'content/translations/ru/sources/li-2025/review.mdx';
		const page = (revision: string, heading: string) =>
			`---\nrevision: ${revision}\ntitle: Обзор РАТС и АТЦ\nsummary: Ли описывает общую цель двух органов.\n---\n\nЛи сравнивает два органа.[@li-2025, обзор]\n\n${heading}\n\nЛи называет трёх партнёров.[@li-2025, обзор]\n`;
		// The outline is compared for a current translation only: take the revision the check asks for.
		const stale = warnings(write(file, page('ffffffffffff', '## Партнёры за пределами региона'))).find((p) => p.file === file);
		const revision = /revision: "([0-9a-f]{12})"/.exec(stale?.fix ?? '')?.[1] ?? '';
		expect(revision).toMatch(/^[0-9a-f]{12}$/);
		expect(write(file, page(revision, '## Партнёры за пределами региона')).filter((p) => p.file === file)).toEqual([]);

		const [level, ...rest] = errors(write(file, page(revision, '### Партнёры за пределами региона'))).filter((p) => p.file === file);
		expect(rest).toEqual([]);
		expect(level).toMatchObject({ file, field: 'body', line: 9 });
		expect(level!.message).toBe(
			'the English text has 1 headings (h2) and this translation 1 (h3); each heading takes the anchor of the English one in its place',
		);
		expect(level!.fix).toBe(`give the headings of ${SECTION} in the same order and at the same levels, each translated`);
		const [missing] = errors(write(file, page(revision, 'Партнёры за пределами региона.'))).filter((p) => p.file === file);
		expect(missing?.message).toMatch(/^the English text has 1 headings \(h2\) and this translation 0 \(none\)/);
	});

	it('a fact changed in English leaves its translations current', () => {
		const problems = edit(EVENT, replace('endDate: "2004-09-03"', 'endDate: "2004-09-04"'));
		expect(problems).toEqual([]);
	});
});
