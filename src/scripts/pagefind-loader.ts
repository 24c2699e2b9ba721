/**
 * Loads Pagefind in a way that works both over http and from disk (file://), where the browser
 * refuses module imports, fetch() and workers for a page whose origin is `null`.
 *
 * The build wraps every file Pagefind needs into a classic script (`pagefind/<file>.js`) that
 * stores the file's bytes, base64-encoded, in `self.__pagefindFiles`; classic `<script src>` loads
 * are allowed on file://. Here, Pagefind's own module is imported from a Blob URL made from its
 * wrapped source, and the `fetch` calls it makes for its index are answered from wrapped files,
 * each loaded only when a query first needs it. The same path runs on the web, so there is one
 * search to test, not two. src/io/search-bundle.ts writes the wrappers and stops the build
 * if Pagefind changes in a way this relies on.
 */

declare global {
	// The registry the wrapper scripts fill: path inside pagefind/ → base64 bytes, or text as is.
	var __pagefindFiles: Record<string, string | { text: string }> | undefined;
}

/** Base path handed to Pagefind; requests under it never reach the network. */
const PREFIX = '/__pagefind__/';

export interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string>;
}
export interface PagefindResult {
	id: string;
	data: () => Promise<PagefindResultData>;
}
export interface Pagefind {
	search: (query: string | null, options?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] } | null>;
	filters: () => Promise<Record<string, Record<string, number>>>;
}
interface PagefindModule {
	createInstance: (options: Record<string, unknown>) => Pagefind & {
		init: () => Promise<void>;
	};
}

const files = new Map<string, Promise<Uint8Array>>();

function decode(base64: string): Uint8Array {
	const binary = atob(base64);
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}

/** Bytes of one file of the search bundle, loaded through its wrapper script once. */
function file(root: string, path: string): Promise<Uint8Array> {
	let pending = files.get(path);
	if (!pending) {
		pending = new Promise<Uint8Array>((resolve, reject) => {
			const script = document.createElement('script');
			script.src = `${root}pagefind/${path}.js`;
			script.onload = () => {
				const data = globalThis.__pagefindFiles?.[path];
				script.remove();
				if (data === undefined) reject(new Error(`search file ${path} did not register`));
				else {
					delete globalThis.__pagefindFiles![path];
					resolve(typeof data === 'string' ? decode(data) : new TextEncoder().encode(data.text));
				}
			};
			script.onerror = () => reject(new Error(`search file ${path} could not be loaded`));
			document.head.append(script);
		});
		files.set(path, pending);
	}
	return pending;
}

function installFetch(root: string) {
	const original = globalThis.fetch.bind(globalThis);
	globalThis.fetch = async (input, init) => {
		const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
		if (!url.startsWith(PREFIX)) return original(input, init);
		// Pagefind adds a cache-busting query to some requests; the wrapped files have none.
		const path = url.slice(PREFIX.length).split('?')[0]!;
		const bytes = await file(root, path);
		const type = path.endsWith('.json') ? 'application/json' : path.startsWith('wasm.') ? 'application/wasm' : 'application/octet-stream';
		return new Response(bytes as BodyInit, { headers: { 'content-type': type } });
	};
}

let module: Promise<PagefindModule> | undefined;

/**
 * A new Pagefind instance with nothing loaded but its metadata. The page needs only one (see
 * loadPagefind); tests make one per query to see exactly what a reader's first query sees.
 */
export async function createPagefind(root: string): Promise<Pagefind> {
	module ??= (async () => {
		installFetch(root);
		const source = await file(root, 'pagefind.js');
		const url = URL.createObjectURL(new Blob([source as BlobPart], { type: 'text/javascript' }));
		try {
			return (await import(/* @vite-ignore */ url)) as PagefindModule;
		} finally {
			URL.revokeObjectURL(url);
		}
	})();
	const pagefind = (await module).createInstance({ basePath: PREFIX, baseUrl: '/', noWorker: true, excerptLength: 22 });
	await pagefind.init();
	return pagefind;
}

let loading: Promise<Pagefind | null> | undefined;

/**
 * Pagefind, ready to search, or null where the site has no index (the dev server). `root` is the
 * relative path from the current page to the site's root folder.
 */
export function loadPagefind(root: string): Promise<Pagefind | null> {
	loading ??= createPagefind(root).catch((error: unknown) => {
		console.warn('Search is unavailable:', error);
		return null;
	});
	return loading;
}
