/**
 * Translations use the glossary's forms (content/glossary.yml): a form the glossary rejects for
 * a language fails the check where a translation into that language uses it, in any field or in
 * its text. Russian declines names, so a rejected Russian form is matched in any case ending;
 * Chinese is matched as written.
 */
import { translationTarget } from '../model/collections';
import { lineOf, type Entry } from './entries';
import type { Problem } from './problems';

interface Rejected {
	term: string;
	form: string;
	use: string;
	pattern: RegExp;
}

/** A pattern for a Russian form in any case: each word from its stem (all but its last two letters) on. */
export function declinedPattern(form: string): RegExp {
	const words = form.split(/\s+/).map((word) => {
		const escaped = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		if (!/^[а-яё]{5,}$/i.test(word)) return escaped(word);
		return `${escaped(word.slice(0, -2))}[а-яё]{0,3}`;
	});
	return new RegExp(`(?<![а-яё])${words.join('\\s+')}(?![а-яё])`, 'iu');
}

function rejectedForms(glossary: Entry[], lang: string): Rejected[] {
	return glossary.flatMap((entry) => {
		const forms = entry.data[lang] as { name?: string; short?: string | null; reject?: string[] } | undefined;
		const use = [forms?.name, forms?.short].filter(Boolean).join('» or «');
		return (forms?.reject ?? []).map((form) => ({
			term: entry.id,
			form,
			use,
			pattern: lang === 'ru' ? declinedPattern(form) : new RegExp(form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'u'),
		}));
	});
}

/** Every string of a translation's fields, with its path. */
function strings(value: unknown, path: (string | number)[] = []): [string, (string | number)[]][] {
	if (typeof value === 'string') return [[value, path]];
	if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, [...path, i]));
	if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, [...path, k]));
	return [];
}

export function checkGlossary(entries: Entry[]): Problem[] {
	const glossary = entries.filter((e) => e.collection === 'glossary');
	const byLang = new Map<string, Rejected[]>();
	const problems: Problem[] = [];
	for (const entry of entries.filter((e) => e.collection === 'translations')) {
		const lang = translationTarget(entry.id)?.lang;
		if (!lang) continue;
		let rejected = byLang.get(lang);
		if (!rejected) byLang.set(lang, (rejected = rejectedForms(glossary, lang)));
		const text = (entry as Entry & { text?: string }).text ?? '';
		const bodyStart = entry.body?.line ?? Number.MAX_SAFE_INTEGER;
		for (const r of rejected) {
			for (const [value, path] of strings(entry.data)) {
				const match = r.pattern.exec(value);
				if (match)
					problems.push({
						severity: 'error',
						file: entry.file,
						line: lineOf(entry, path),
						field: path.join('.'),
						message: `«${match[0]}» is a form the glossary rejects for ${r.term}`,
						fix: `write «${r.use}» (content/glossary.yml, ${r.term})`,
					});
			}
			text.split('\n').forEach((line, i) => {
				if (i + 1 < bodyStart) return;
				const match = r.pattern.exec(line);
				if (match)
					problems.push({
						severity: 'error',
						file: entry.file,
						line: i + 1,
						message: `«${match[0]}» is a form the glossary rejects for ${r.term}`,
						fix: `write «${r.use}» (content/glossary.yml, ${r.term})`,
					});
			});
		}
	}
	return problems;
}
