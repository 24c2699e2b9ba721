/**
 * The scale benchmark and the 1,000-entry gate measure generated content; the figures mean
 * something only if the same seed gives the same bytes and the content passes the checks a
 * maintainer's would.
 */
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateEntries } from '../../benchmarks/scale/generate';
import { LONGEST_SHARE } from '../../benchmarks/scale/longest';
import { NAME_MAX, TITLE_MAX } from '../../src/schemas/common';
import { SUMMARY_MAX } from '../../src/schemas/section';
import { copyProject } from '../../benchmarks/scale/project';
import { checkContent } from '../../src/io/check-content';
import { parse as parseYaml } from 'yaml';

const ROOT = join(import.meta.dirname, '..', '..');
const copies: string[] = [];
const generated = (seed: number, translatedShare = 0) => {
	const dir = copyProject(ROOT, 'scale-generator-');
	copies.push(dir);
	return { dir, counts: generateEntries(dir, 200, seed, translatedShare) };
};

/** Every file under content/ and seeds/, by path, with its text. */
function snapshot(dir: string): Map<string, string> {
	const out = new Map<string, string>();
	const walk = (d: string) => {
		for (const name of readdirSync(d).sort()) {
			const p = join(d, name);
			if (statSync(p).isDirectory()) walk(p);
			else out.set(relative(dir, p), readFileSync(p, 'utf8'));
		}
	};
	walk(join(dir, 'content'));
	walk(join(dir, 'seeds'));
	return out;
}

afterAll(() => {
	for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

describe('the scale generator', () => {
	const a = generated(11);
	const b = generated(11);
	const c = generated(12);
	const d = generated(11, 0.1);

	it('writes every kind of entry in the stated proportions', () => {
		expect(a.counts).toEqual({ events: 200, organizations: 10, sections: 4, references: 8, notes: 2, translated: 0 });
		const files = [...snapshot(a.dir).keys()];
		expect(files.filter((f) => f.startsWith('content/events/bench-event-'))).toHaveLength(200);
		expect(files.filter((f) => f.startsWith('content/organizations/bench-org-'))).toHaveLength(10);
		expect(files.filter((f) => f.startsWith('content/sources/bench-2026/'))).toHaveLength(4);
	});

	it('gives the same bytes for the same seed, and other text for another', () => {
		expect(snapshot(b.dir)).toEqual(snapshot(a.dir));
		expect(snapshot(c.dir).get('content/events/bench-event-00001.md')).not.toBe(snapshot(a.dir).get('content/events/bench-event-00001.md'));
	});

	it('writes events of 150–250 words (a last sentence may run a few words over), with citations, most with links', () => {
		const events = [...snapshot(a.dir)]
			.filter(([file]) => file.startsWith('content/events/bench-event-'))
			.map(([, text]) => text.split('\n---\n')[1]!);
		// Words as a reader counts them: citations and link targets are not text.
		const words = events.map(
			(body) =>
				body
					.replace(/\[@[^\]]*\]|\]\([^)]*\)|[[\]#]/g, ' ')
					.split(/\s+/)
					.filter((w) => /[\p{L}\p{N}]/u.test(w)).length,
		);
		expect(Math.min(...words)).toBeGreaterThanOrEqual(150);
		expect(Math.max(...words)).toBeLessThanOrEqual(260);
		expect(events.every((body) => /\[@[a-z0-9-]+(, [^\]]+)?\]/.test(body))).toBe(true);
		expect(events.filter((body) => body.includes('](/')).length).toBeGreaterThan(events.length * 0.8);
	});

	it('passes the content check with no error and no warning', () => {
		expect(checkContent(a.dir).map((p) => `${p.severity} ${p.file}: ${p.message}`)).toEqual([]);
	});

	it('translates a share of the entries into Russian and Chinese, current, leaving the English as it was', () => {
		expect(d.counts.translated).toBeGreaterThan(10);
		expect(d.counts.translated).toBeLessThan(40);
		const files = snapshot(d.dir);
		for (const lang of ['ru', 'zh'])
			expect([...files.keys()].filter((f) => f.startsWith(`content/translations/${lang}/`) && /bench-/.test(f))).toHaveLength(
				d.counts.translated,
			);
		const english = [...snapshot(a.dir)].filter(([f]) => !f.startsWith('content/translations/'));
		expect(english.every(([f, text]) => files.get(f) === text)).toBe(true);
		const ru = [...files].find(([f]) => f.startsWith('content/translations/ru/events/bench-event-'))![1];
		expect(ru).toMatch(/^revision: "[0-9a-f]{12}"$/m);
		expect(ru).toMatch(/\p{Script=Cyrillic}{4}/u);
		expect(checkContent(d.dir).map((p) => `${p.severity} ${p.file}: ${p.message}`)).toEqual([]);
	});

	it('writes a share of the entries with titles, names and summaries at the schemas’ limits, in every language', () => {
		const files = [...snapshot(d.dir)].filter(([f]) => /bench-/.test(f));
		const lengths = (prefix: string, name: string) =>
			files
				.filter(([f]) => f.startsWith(prefix))
				.map(
					([, text]) => [...String((parseYaml(text.split('\n---\n')[0]!.replace(/^---\n/, '')) as Record<string, unknown>)[name])].length,
				);
		const titles = lengths('content/events/bench-event-', 'title');
		const atLimit = titles.filter((n) => n > TITLE_MAX - 15);
		expect(atLimit.length).toBeGreaterThan(titles.length * LONGEST_SHARE * 0.5);
		expect(Math.max(...titles)).toBeLessThanOrEqual(TITLE_MAX);
		expect(Math.max(...lengths('content/organizations/bench-org-', 'name'))).toBeGreaterThan(NAME_MAX - 15);
		expect(Math.max(...lengths('content/events/bench-event-', 'summary'))).toBeGreaterThan(SUMMARY_MAX - 15);
		for (const lang of ['ru', 'zh']) {
			const translated = lengths(`content/translations/${lang}/events/`, 'title');
			expect(Math.max(...translated), lang).toBeGreaterThan(TITLE_MAX - 15);
			expect(Math.max(...translated), lang).toBeLessThanOrEqual(TITLE_MAX);
		}
	});
});
