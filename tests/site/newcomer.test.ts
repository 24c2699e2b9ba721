/**
 * What CONTRIBUTING.md promises a newcomer: `npm run new` writes a skeleton that passes the
 * checks; with its TODOs replaced, the new event builds and appears on the timeline, on its
 * organizations' pages and in search. Done on a copy of the repository, with a real build.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/io/check-content';
import { comparisonPairs } from '../../src/lib/model/comparison';
import { loadContent, ROOT } from '../helpers/content';

let copy: string;
beforeAll(() => {
	copy = mkdtempSync(join(tmpdir(), 'ct-newcomer-'));
	const tracked = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' })
		.split('\0')
		.filter(Boolean);
	for (const file of tracked) if (existsSync(join(ROOT, file))) cpSync(join(ROOT, file), join(copy, file), { recursive: true });
	symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
});
afterAll(() => rmSync(copy, { recursive: true, force: true }));

const npm = (...args: string[]) =>
	execFileSync('npm', ['run', '--silent', ...args], {
		cwd: copy,
		encoding: 'utf8',
		env: { ...process.env, PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env['PATH']}` },
	});

describe('npm run new', () => {
	it.each([
		['event', ['A new exercise']],
		['organization', ['Shanghai Five Secretariat']],
		['document', ['A new memorandum']],
		['section', ['saenko-2025', 'A closing note']],
		['reference', ['A cited report']],
		['translation', ['ru', 'organizations/interpol']],
		['translation', ['zh', 'sources/li-2025/review']],
	])('%s: a skeleton that passes the checks, with TODOs flagged', (kind, args) => {
		// Every entry is translated: the translation is made again, as if it were not.
		if (kind === 'translation')
			for (const ext of ['md', 'mdx']) rmSync(join(copy, `content/translations/${args[0]}/${args[1]}.${ext}`), { force: true });
		expect(npm('new', '--', kind, ...args)).toMatch(/^wrote /);
		const problems = checkContent(copy);
		expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
		expect(problems.some((p) => p.message.includes('TODO'))).toBe(true);
	});
});

describe('a newcomer adds an event', () => {
	it('builds, and the event is on the timeline, its organization’s page and in search', { timeout: 180_000 }, () => {
		expect(npm('new', '--', 'event', 'RATS holds its annual conference')).toMatch(/content\/events\/rats-holds-its-annual-conference\.md/);
		const file = join(copy, 'content/events/rats-holds-its-annual-conference.md');
		// What the guide tells them to do: real date, kind, organizations, summary, source pointer and text.
		writeFileSync(
			file,
			readFileSync(file, 'utf8')
				.replace(/^date: .*$/m, 'date: "2025"')
				.replace(/ TODO: the source's date\./, '')
				.replace(/^kind: .*$/m, 'kind: meeting')
				.replace(/^organizations: \[\]$/m, 'organizations: [sco-rats]')
				.replace(
					/^summary: .*$/m,
					'summary: Saenko writes that RATS holds an International Scientific and Practical Conference every year.',
				)
				.replace(/^ {2}- \{ source: .* \}$/m, '  - { section: saenko-2025/sco-and-rats }')
				.replace(/^TODO: .*$/m, 'Saenko reports that the conference is held every year.[@saenko-2025]'),
		);
		// Leftover placeholders from the other scaffolds of this copy are not this newcomer's concern.
		expect(checkContent(copy).filter((p) => p.severity === 'error' || p.file.includes('annual-conference'))).toEqual([]);

		npm('build');
		const dist = join(copy, 'dist');
		// The timeline is paged: the new event of 2025 is on one of its pages.
		const timeline = readdirSync(join(dist, 'events/page'))
			.map((n) => join(dist, 'events/page', n, 'index.html'))
			.concat(join(dist, 'events/index.html'));
		expect(timeline.some((f) => readFileSync(f, 'utf8').includes('RATS holds its annual conference'))).toBe(true);
		expect(readFileSync(join(dist, 'organizations/sco-rats/index.html'), 'utf8')).toContain(
			'../../events/rats-holds-its-annual-conference/index.html',
		);
		// Not translated yet: no Russian or Chinese copy of its page, and the editions' timelines list
		// it under its English title, marked as English, linking to the English page.
		for (const folder of ['ru', 'zh']) {
			expect(existsSync(join(dist, folder, 'events/rats-holds-its-annual-conference'))).toBe(false);
			const pages = readdirSync(join(dist, folder, 'events/page'))
				.map((n) => join(dist, folder, 'events/page', n, 'index.html'))
				.concat(join(dist, folder, 'events/index.html'))
				.map((f) => readFileSync(f, 'utf8'));
			expect(
				pages.some((html) =>
					/<a href="(\.\.\/)+events\/rats-holds-its-annual-conference\/index\.html"[^>]*\slang="en"[^>]*>RATS holds its annual conference<\/a>/.test(
						html,
					),
				),
				`${folder}: the untranslated event on the timeline`,
			).toBe(true);
		}
		const page = readFileSync(join(dist, 'events/rats-holds-its-annual-conference/index.html'), 'utf8');
		expect(page).toContain('data-pagefind-body');
		const wrapped = readFileSync(join(dist, 'pagefind/pagefind-entry.json.js'), 'utf8');
		const entry = JSON.parse(Buffer.from(/"([A-Za-z0-9+/=]+)";\s*$/.exec(wrapped)![1]!, 'base64').toString('utf8'));
		// One indexed page per entry of the copy: its sources, sections, organizations, events, notes
		// and documents, and one per pair of organizations a source compares.
		const { sourceIds, seeds, sections, organizations, events, notes, documents } = loadContent(copy);
		const comparisons = comparisonPairs(
			sourceIds.map((id) => ({ id, compares: ((seeds[id]!['compares'] ?? []) as string[]).map((x) => ({ id: x })) })),
		);
		expect(events.map((e) => e.id)).toContain('rats-holds-its-annual-conference');
		expect(entry.languages.en.page_count).toBe(
			sourceIds.length + sections.length + organizations.length + events.length + notes.length + documents.length + comparisons.length,
		);
	});
});
