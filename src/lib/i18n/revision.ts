/**
 * The revision of an English entry's text: a hash of the fields a translation carries (and of
 * the body), so a translation records which English text it was made from. A change to a fact
 * (a date, a relation) leaves the revision as it was, since translations carry no facts.
 */
import { createHash } from 'node:crypto';
import { NESTED_TEXT, TEXT_FIELDS } from '../../schemas/translation';
import type { TranslatableCollection } from '../model/collections';

/** The text of an English entry that its translations translate, field by field. */
export function englishText(collection: TranslatableCollection, data: Record<string, unknown>, body: string): Record<string, unknown> {
	const text: Record<string, unknown> = {};
	for (const field of TEXT_FIELDS[collection]) if (data[field] !== undefined) text[field] = data[field];
	const nested = NESTED_TEXT as Record<string, readonly string[]>;
	if (nested['place']!.includes(collection)) text['place'] = (data['place'] as { name?: string } | undefined)?.name;
	if (nested['headquarters']!.includes(collection)) text['headquarters'] = (data['headquarters'] as { city?: string } | undefined)?.city;
	if (nested['assessments']!.includes(collection))
		text['assessments'] = ((data['assessments'] as { statement?: string }[] | undefined) ?? []).map((a) => a.statement);
	text['body'] = body.trim();
	return text;
}

/** Twelve hex digits of SHA-256 over the text, its fields in a fixed order. */
export function textRevision(collection: TranslatableCollection, data: Record<string, unknown>, body: string): string {
	const text = englishText(collection, data, body);
	const canonical = JSON.stringify(Object.keys(text).map((k) => [k, text[k] ?? null]));
	return createHash('sha256').update(canonical).digest('hex').slice(0, 12);
}
