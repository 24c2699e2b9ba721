/**
 * Lighter result fragments. A fragment is the file a search result downloads for its excerpt:
 * the page's URL, its indexed text, its word count, its filters, its metadata and its anchors
 * (the headings and ids inside it). The header's drop-down and the search page read only the
 * URL, the title and kind in the metadata, and the excerpt Pagefind cuts from the text; the
 * filter values (which the search page reads from the filter index, not from here) and the
 * anchors (for sub-results, which this site does not show) are carried by every result a first
 * query fetches. Emptying them saves about a tenth of each fragment.
 *
 * Pagefind's loader still reads both fields, so they stay, empty: `anchors` as a list (it
 * filters and sorts it to build sub-results), `filters` as an object.
 */
import { payload, withSignature } from './chunks';

/** The fields of a fragment in Pagefind 1.6, each with the shape checked before it is touched. */
const FIELDS: Record<string, (value: unknown) => boolean> = {
	url: (v) => typeof v === 'string',
	content: (v) => typeof v === 'string',
	word_count: (v) => typeof v === 'number',
	filters: (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
	meta: (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
	anchors: (v) => Array.isArray(v),
};

/** The fields emptied, with what each becomes. */
const EMPTIED = { filters: {}, anchors: [] };

/**
 * Empties the unused fields of one decompressed fragment (signature and JSON) and returns it in
 * the same form. Throws, naming the field, if the fragment is not the shape described above, so
 * that a change in Pagefind's format stops the build instead of emptying something it now needs.
 */
export function slimFragment(bytes: Uint8Array, name: string): Uint8Array {
	const what = `the result fragment ${name}`;
	const fragment: unknown = JSON.parse(new TextDecoder().decode(payload(bytes, what)));
	if (typeof fragment !== 'object' || fragment === null || Array.isArray(fragment)) {
		throw new Error(`${what} is not a JSON object`);
	}
	const fields = fragment as Record<string, unknown>;
	for (const key of Object.keys(fields)) {
		if (!(key in FIELDS)) throw new Error(`${what} has a field "${key}" the fragment slimmer does not know`);
	}
	for (const [key, valid] of Object.entries(FIELDS)) {
		if (!valid(fields[key])) throw new Error(`${what} has no field "${key}" of the expected type`);
	}
	return withSignature(new TextEncoder().encode(JSON.stringify({ ...fields, ...EMPTIED })));
}
