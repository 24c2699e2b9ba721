/**
 * An English entry in an edition: its facts as typed once, its text from the edition's
 * translation where there is one. Every entry is in every edition's lists; one without a
 * translation keeps its English text, marked `lang: 'en'`, and links to its English page.
 */
import type { CollectionEntry } from 'astro:content';
import type { Translation } from './editions';
import { textRevision } from '../lib/i18n/revision';
import type { TranslatableCollection } from '../lib/model/collections';

type Translatable = CollectionEntry<TranslatableCollection>;

/** An entry as an edition shows it. */
export type Localized<E> = E & {
	/** The language of its text: the edition's where translated, else English. */
	lang: string;
	/** The translation its text comes from, whose body pages render in place of the English. */
	translation?: Translation | undefined;
	/** The translation was made from an earlier revision of the English text. */
	stale?: boolean;
};

const defined = <T extends object>(value: T) => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;

/** The entry's text replaced by the translation's, field by field; facts as they are. */
export function localize<E extends Translatable>(entry: E, translation: Translation | undefined, lang: string): Localized<E> {
	if (!translation) return Object.assign(Object.create(null) as object, entry, { lang: 'en' }) as Localized<E>;
	const text = translation.data;
	const stale = text.revision !== textRevision(entry.collection, entry.data as Record<string, unknown>, entry.body ?? '');
	const data = {
		...entry.data,
		...defined({ ...text, revision: undefined, nameRecord: undefined, place: undefined, headquarters: undefined, assessments: undefined }),
	} as Record<string, unknown>;
	const english = entry.data as Record<string, unknown>;
	if (text.place && english['place']) data['place'] = { ...(english['place'] as object), name: text.place };
	if (text.headquarters && english['headquarters'])
		data['headquarters'] = { ...(english['headquarters'] as object), city: text.headquarters };
	// Statements are matched to the English ones by their place in the list, which an edit of the
	// English can shift: an out-of-date translation's statements are left out, and the English shown.
	if (Array.isArray(english['assessments']))
		data['assessments'] = (english['assessments'] as { statement: string }[]).map((a, i) => {
			const statement = stale ? undefined : text.assessments?.[i];
			return { ...a, statement: statement ?? a.statement, lang: statement ? lang : 'en' };
		});
	return { ...entry, data, body: translation.body, lang, translation, stale } as unknown as Localized<E>;
}
