/**
 * Short names for the pages of the search index. Pagefind names each page's fragment (the file a
 * result downloads for its excerpt) by seven hex digits of a hash, and its metadata, which every
 * first query downloads, lists all of them: at 10,000 pages about 80 KB gzip of digits that do
 * not compress. Here each page is renamed to its number in base 36 inside one folder named after
 * the whole set of pages (so a changed page never reuses a cached name), which gzip shrinks to a
 * few bytes a page. Only the metadata's page list and the fragments' file names change.
 */
import { createHash } from 'node:crypto';
import { encode } from 'cbor2';
import { decodeExactly, payload, withSignature } from './chunks';

export interface RenamedPages {
	/** The decompressed metadata, listing the new names. */
	meta: Uint8Array;
	/** `<language>_<10 hex digits>`, the metadata file's new hash. */
	metaHash: string;
	/** Old fragment name → new. */
	renames: Map<string, string>;
}

const isPageEntry = (p: unknown): p is [string, ...unknown[]] => Array.isArray(p) && typeof p[0] === 'string';

export function shortenPageNames(meta: Uint8Array, language: string): RenamedPages {
	const metadata = decodeExactly(payload(meta, 'the metadata'), 'the metadata');
	if (!Array.isArray(metadata) || !Array.isArray(metadata[1]) || !metadata[1].every(isPageEntry)) {
		throw new Error("the metadata's page list is not [[name, word count, …], …]");
	}
	const pages = metadata[1] as [string, ...unknown[]][];
	const folder = createHash('sha256')
		.update(pages.map(([name]) => name).join('\n'))
		.digest('hex')
		.slice(0, 8);
	const renames = new Map(pages.map(([name], i) => [name, `${language}_${folder}/${i.toString(36)}`]));
	const renamed = pages.map(([name, ...rest]) => [renames.get(name)!, ...rest]);
	const out = withSignature(encode(metadata.map((field, i) => (i === 1 ? renamed : field))));
	return { meta: out, metaHash: `${language}_${createHash('sha256').update(out).digest('hex').slice(0, 10)}`, renames };
}
