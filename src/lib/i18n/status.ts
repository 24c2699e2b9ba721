/**
 * Where each edition's translation stands, entry by entry: translated (made from the current
 * English text), outdated (made from an earlier revision) or missing. The build warns on outdated
 * ones, each edition's status page lists all three, and `npm run translations` prints them.
 */
import type { TranslatableCollection } from '../model/collections';

export type TranslationState = 'translated' | 'outdated' | 'missing';

export interface EntryStatus {
	collection: TranslatableCollection;
	id: string;
	/** The English title or name, for lists. */
	title: string;
	state: TranslationState;
	/** The current revision of the English text, which an up-to-date translation records. */
	revision: string;
	/** The revision the translation records, where there is one. */
	translated?: string;
}

export interface StatusInput {
	collection: TranslatableCollection;
	id: string;
	title: string;
	revision: string;
}

/** Each English entry's state in one edition, given the revisions its translations record. */
export function translationStatus(
	english: StatusInput[],
	recorded: (collection: TranslatableCollection, id: string) => string | undefined,
): EntryStatus[] {
	return english.map((entry) => {
		const translated = recorded(entry.collection, entry.id);
		const state: TranslationState = translated === undefined ? 'missing' : translated === entry.revision ? 'translated' : 'outdated';
		return { ...entry, state, ...(translated === undefined ? {} : { translated }) };
	});
}

/** How many entries are in each state. */
export function countStates(statuses: EntryStatus[]): Record<TranslationState, number> {
	const counts = { translated: 0, outdated: 0, missing: 0 };
	for (const s of statuses) counts[s.state]++;
	return counts;
}
