/**
 * Stand-in translations for the scale benchmark: a share of the generated entries gets a Russian
 * and a Chinese file, with the weight of real ones. Russian text is the English letters written
 * in Cyrillic (two bytes a letter, as Russian has, and words the Russian stemmer reads); Chinese
 * text gives each word one to three Han characters, without spaces (three bytes each, segmented
 * by the indexer and the browser as Chinese is). Links, citation keys and heading levels are kept,
 * as a translation keeps them. Revisions are stamped afterwards from the English text, by the
 * same code as the content check (stampRevisions).
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readContent } from '../../src/io/content-files';
import { bodyOf } from '../../src/lib/checks/translations';
import { textRevision } from '../../src/lib/i18n/revision';
import { translationPath, translationTarget } from '../../src/lib/model/collections';
import { TEXT_FIELDS } from '../../src/schemas/translation';
import type { TranslatableCollection } from '../../src/lib/model/collections';
import { parse } from 'yaml';

export const BENCH_LOCALES = ['ru', 'zh'] as const;
export type BenchLocale = (typeof BENCH_LOCALES)[number];

const CYRILLIC: Record<string, string> = Object.fromEntries(
	[...'abcdefghijklmnopqrstuvwxyz'].map((c, i) => [c, [...'абцдефгхийклмнопкрстуввксыз'][i] ?? c]),
);

function hanFor(word: string): string {
	let h = 2166136261;
	for (const c of word) h = Math.imul(h ^ c.codePointAt(0)!, 16777619) >>> 0;
	const length = 1 + (h % 3);
	let out = '';
	for (let i = 0; i < length; i++) out += String.fromCodePoint(0x4e00 + ((h >>> (i * 7)) % 0x51a0));
	return out;
}

/** The fields the schemas cap in characters, in every language. */
const LIMITED = new Set(['title', 'heading', 'name']);

/** A translated value repeated and cut to the English one's length in characters. */
function asLong(value: string, english: string): string {
	const length = [...english].length;
	let out = value;
	while ([...out].length < length) out += value;
	return [...out]
		.slice(0, length)
		.join('')
		.replace(/[\s，。,.]+$/u, '');
}

/** Plain text in the stand-in language. */
export function standIn(text: string, lang: BenchLocale): string {
	if (lang === 'ru')
		return text.replace(/[A-Za-z]/g, (c) => (c === c.toUpperCase() ? CYRILLIC[c.toLowerCase()]!.toUpperCase() : CYRILLIC[c]!));
	return text
		.replace(/[A-Za-z][A-Za-z'’-]*/g, hanFor)
		.replace(/\s*\.\s*/g, '。')
		.replace(/\s*,\s*/g, '，')
		.replace(/(\p{Script=Han})\s+(?=\p{Script=Han})/gu, '$1');
}

/** Markdown in the stand-in language: citations, link targets and heading marks as written. */
export function standInMarkdown(markdown: string, lang: BenchLocale): string {
	const kept = /\[@[^\]]*\]|\]\([^)]*\)|^#+ /gm;
	let out = '';
	let at = 0;
	for (const m of markdown.matchAll(kept)) {
		out += standIn(markdown.slice(at, m.index), lang) + m[0];
		at = m.index + m[0].length;
	}
	return out + standIn(markdown.slice(at), lang);
}

/** Writes a stand-in translation of a generated English entry (its file, from the root) into each language, its revision to be stamped. */
export function writeStandIns(root: string, collection: TranslatableCollection, id: string, englishFile: string, atLimit = false) {
	const [, yaml = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(join(root, englishFile), 'utf8')) ?? [];
	const data = parse(yaml) as Record<string, unknown>;
	const text: Record<string, unknown> = {};
	for (const field of TEXT_FIELDS[collection]) if (data[field] !== undefined) text[field] = data[field];
	if ((data['place'] as { name?: string } | undefined)?.name) text['place'] = (data['place'] as { name: string }).name;
	if ((data['headquarters'] as { city?: string } | undefined)?.city) text['headquarters'] = (data['headquarters'] as { city: string }).city;
	for (const lang of BENCH_LOCALES) {
		const fields = Object.entries(text)
			.filter(([, v]) => !(Array.isArray(v) && v.length === 0))
			.map(([k, v]) => {
				const value = Array.isArray(v) ? v.map((x) => standIn(String(x), lang)) : standIn(String(v), lang);
				// An entry at the schemas' limits is as long in each language: Chinese, a few characters
				// a word, is run on to the English title's or name's length.
				const long = atLimit && typeof value === 'string' && LIMITED.has(k) ? asLong(value, String(v)) : value;
				return `${k}: ${JSON.stringify(long)}`;
			});
		const file = join(
			root,
			'content/translations',
			lang,
			`${translationPath(collection, id)}${englishFile.slice(englishFile.lastIndexOf('.'))}`,
		);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, `---\nrevision: "pending00000"\n${fields.join('\n')}\n---\n\n${standInMarkdown(body.trim(), lang)}\n`);
	}
}

/** Records in each stand-in translation the revision of its English text, as a translator would. */
export function stampRevisions(root: string): number {
	const { entries } = readContent(root);
	const english = new Map(entries.filter((e) => e.collection !== 'translations').map((e) => [`${e.collection}:${e.id}`, e]));
	let stamped = 0;
	for (const entry of entries.filter((e) => e.collection === 'translations' && e.data['revision'] === 'pending00000')) {
		const target = translationTarget(entry.id)!;
		const original = english.get(`${target.collection}:${target.id}`)!;
		const revision = textRevision(target.collection as TranslatableCollection, original.data, bodyOf(original));
		const file = join(root, entry.file);
		writeFileSync(file, readFileSync(file, 'utf8').replace('revision: "pending00000"', `revision: "${revision}"`));
		stamped++;
	}
	return stamped;
}
