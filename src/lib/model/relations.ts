import type { Locale } from '../i18n/locales';

/** A page that can link to, or be linked from, another: enough to print a link. */
export interface PageRef {
	kind: 'section' | 'organization' | 'event' | 'document' | 'source';
	id: string;
	title: string;
	/** The edition of the page, where it is not the one linking to it. */
	edition?: Locale | undefined;
	/** The language of the title, where it may differ from the linking page's. */
	lang?: string | undefined;
}

/**
 * Inverts "A names B" into "B is named by A" for any number of relations, keeping the order of
 * the `from` list so that backlinks print in a stable order.
 */
export function invert<T>(from: T[], targets: (item: T) => string[]): Map<string, T[]> {
	const out = new Map<string, T[]>();
	for (const item of from) {
		for (const target of new Set(targets(item))) {
			const list = out.get(target);
			if (list) list.push(item);
			else out.set(target, [item]);
		}
	}
	return out;
}
