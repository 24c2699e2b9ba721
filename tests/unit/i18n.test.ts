import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import descriptions from '../../src/i18n/descriptions';
import en from '../../src/i18n/en';
import ru from '../../src/i18n/ru';
import zh from '../../src/i18n/zh';
import { translator, type Message } from '../../src/lib/i18n';
import { declinedPattern } from '../../src/lib/checks/glossary';
import { clipText } from '../../src/lib/i18n/clip';
import { richParts, richTags } from '../../src/lib/i18n/rich';
import { ROOT } from '../helpers/content';

const forms = (m: Message | undefined): string[] =>
	m === undefined ? [] : typeof m === 'string' ? [m] : Object.values(m).filter((x): x is string => x !== undefined);
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((x) => x[1]))].sort();

describe('dictionaries', () => {
	it.each([
		['ru', ru],
		['zh', zh],
	] as const)('%s translates every key, with the same placeholders and tags as English', (_, dictionary) => {
		const problems: string[] = [];
		for (const [key, message] of Object.entries(en)) {
			const translated = (dictionary as Record<string, Message>)[key];
			if (translated === undefined) {
				problems.push(`${key}: missing`);
				continue;
			}
			const [reference] = forms(typeof message === 'string' ? message : message.other);
			for (const form of forms(translated)) {
				// A form for an exact count ("=1") may say the number in words.
				if (
					JSON.stringify(placeholders(form).filter((p) => p !== 'count')) !==
					JSON.stringify(placeholders(reference!).filter((p) => p !== 'count'))
				)
					problems.push(`${key}: placeholders ${placeholders(form).join()} against ${placeholders(reference!).join()}`);
				if (richTags(form).join() !== richTags(reference!).join()) problems.push(`${key}: tags ${richTags(form).join()}`);
			}
		}
		expect(problems).toEqual([]);
	});

	it('describes every key for translators', () => {
		expect(Object.keys(descriptions).sort()).toEqual(Object.keys(en).sort());
		for (const [key, text] of Object.entries(descriptions)) expect(text.length, key).toBeGreaterThan(10);
	});

	it('never uses a form the glossary rejects', () => {
		const glossary = parse(readFileSync(join(ROOT, 'content/glossary.yml'), 'utf8')) as {
			id: string;
			ru: { reject?: string[] };
			zh: { reject?: string[] };
		}[];
		const found: string[] = [];
		for (const [lang, dictionary] of [
			['ru', ru],
			['zh', zh],
		] as const)
			for (const term of glossary)
				for (const form of term[lang].reject ?? []) {
					const pattern = lang === 'ru' ? declinedPattern(form) : new RegExp(form, 'u');
					for (const [key, message] of Object.entries(dictionary))
						for (const text of forms(message as Message)) if (pattern.test(text)) found.push(`${lang} ${key}: ${form} (${term.id})`);
				}
		expect(found).toEqual([]);
	});
});

describe('plurals, numbers and dates by the page’s language', () => {
	const ruT = translator('ru');
	it.each([
		[1, '1 событие'],
		[3, '3 события'],
		[5, '5 событий'],
		[21, '21 событие'],
		[1000, '1000 событий'],
		[12345, '12 345 событий'],
	])('ru: %i events', (count, text) => {
		expect(ruT('home.count.events', { count }).replace(/\u00a0/g, ' ')).toBe(text);
	});

	it('zh and en count in their own way', () => {
		expect(translator('zh')('home.count.events', { count: 21 })).toMatch(/^21\D/);
		expect(translator('en')('home.count.events', { count: 1 })).toBe('1 event');
		expect(translator('en')('home.count.events', { count: 12345 })).toBe('12,345 events');
	});

	it('writes dates at their precision', () => {
		const date = { year: 2004, month: 9, day: 3, precision: 'day' } as const;
		expect(translator('ru').date(date)).toBe('3 сентября 2004 г.');
		expect(translator('zh').date(date)).toBe('2004年9月3日');
		expect(translator('en').date(date)).toBe('3 September 2004');
		expect(translator('ru').date({ year: 2004, month: 9, precision: 'month' })).toBe('сентябрь 2004 г.');
	});

	it('names states and sorts in the language', () => {
		expect(translator('ru').country('KZ')).toBe('Казахстан');
		expect(translator('zh').country('KZ')).toBe('哈萨克斯坦');
		expect(['Узбекистан', 'Армения', 'Белоруссия'].sort(translator('ru').compare)).toEqual(['Армения', 'Белоруссия', 'Узбекистан']);
	});

	it('falls back to English for a key a dictionary lacks', () => {
		const t = translator('ru');
		expect(t.has('site.title')).toBe(true);
		expect(t('site.title')).not.toBe(en['site.title']);
	});
});

describe('rich-text messages', () => {
	it('splits a message into text and tagged runs', () => {
		expect(richParts('See the <bibliography>bibliography</bibliography>, and <strong>more</strong>.')).toEqual([
			{ text: 'See the ' },
			{ tag: 'bibliography', text: 'bibliography' },
			{ text: ', and ' },
			{ tag: 'strong', text: 'more' },
			{ text: '.' },
		]);
		expect(richParts('plain')).toEqual([{ text: 'plain' }]);
	});
});

describe('English titles inside a translation', () => {
	it('are the quoted runs of Latin script, not quotations in the page’s own language', async () => {
		const { foreignRuns } = await import('../../src/markdown/foreign-titles');
		expect(foreignRuns('Комментарий называется "SCO – a reliable barrier to terrorism" [«ШОС — …»].')).toEqual([
			{ text: 'Комментарий называется ', english: false },
			{ text: '"SCO – a reliable barrier to terrorism"', english: true },
			{ text: ' [«ШОС — …»].', english: false },
		]);
		expect(foreignRuns('包括“Anti-Terrorist Center”［反恐怖中心］')).toContainEqual({ text: '“Anti-Terrorist Center”', english: true });
		// A Chinese quotation, a Russian one, and two letters are left as they are.
		expect(foreignRuns('“联合国反恐怖主义服务处”（译自英文）').some((r) => r.english)).toBe(false);
		expect(foreignRuns('«Пять шанхайских стран»').some((r) => r.english)).toBe(false);
		expect(foreignRuns('“UN”').some((r) => r.english)).toBe(false);
	});
});

describe('previews cut to a length', () => {
	it('at a word boundary in each language, with an ellipsis, and not at all when short', () => {
		expect(clipText('A short summary.', 40, 'en')).toBe('A short summary.');
		expect(clipText('The Regional Anti-Terrorist Structure of the SCO, in Tashkent.', 30, 'en')).toBe('The Regional Anti-Terrorist…');
		expect(clipText('Региональная антитеррористическая структура ШОС в Ташкенте.', 40, 'ru')).toBe('Региональная антитеррористическая…');
		const zh = clipText('上海合作组织地区反恐怖机构设在塔什干，是上合组织的常设机构。', 12, 'zh-CN');
		expect([...zh].length).toBeLessThanOrEqual(12);
		expect(zh.endsWith('…')).toBe(true);
		expect('上海合作组织地区反恐怖机构设在塔什干'.startsWith(zh.slice(0, -1))).toBe(true);
		// Characters outside the Basic Multilingual Plane count once, as the reader sees them.
		expect(clipText('𠀀𠀁𠀂 𠀃𠀄𠀅 𠀆𠀇𠀈', 8, 'zh-CN')).toBe('𠀀𠀁𠀂 𠀃𠀄𠀅…');
	});
});
