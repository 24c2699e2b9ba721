/**
 * Zopfli's gzip (@gfx/zopfli): the same format as zlib's, about 5 % smaller, at many times the
 * cost, so it is kept for the few files every reader downloads. Its output depends on the input
 * alone, and the largest of those files, Pagefind's engines, are the same in every build of a
 * Pagefind version: each result is kept in node_modules/.cache/ by the input's hash, and a build
 * compresses only what it has not compressed before.
 *
 * The package is Emscripten output, whose glue registers process-wide handlers for uncaught
 * exceptions and unhandled rejections when it loads: any later error of the build would then be
 * reported as a dump of the package's one-line source. It is loaded on first use, and the
 * handlers it added are removed at once.
 */
import type * as ZopfliModule from '@gfx/zopfli';
import { createHash } from 'node:crypto';
import type { EventEmitter } from 'node:events';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

type Zopfli = typeof ZopfliModule;
type Listener = (...args: unknown[]) => void;

const EVENTS: string[] = ['uncaughtException', 'unhandledRejection'];
let zopfli: Promise<Zopfli> | undefined;

async function load(): Promise<Zopfli> {
	// As a plain emitter: Node's typings name each process event's listener type, not a string's.
	const emitter: EventEmitter = process;
	const listeners = (event: string) => emitter.listeners(event) as Listener[];
	const before = EVENTS.map((event) => new Set(listeners(event)));
	const module = await import('@gfx/zopfli');
	EVENTS.forEach((event, i) => {
		for (const listener of listeners(event)) if (!before[i]!.has(listener)) emitter.off(event, listener);
	});
	return module;
}

/** Where results are kept: the project's node_modules/.cache, which a fresh install starts without. */
export const ZOPFLI_CACHE = fileURLToPath(new URL('../../node_modules/.cache/ct-reference/zopfli/', import.meta.url));

/** `bytes` gzip-compressed by Zopfli with `iterations` passes, or the result kept from an earlier build. */
export async function zopfliGzip(bytes: Uint8Array, iterations: number, cache = ZOPFLI_CACHE): Promise<Uint8Array> {
	const key = createHash('sha256').update(bytes).update(`\0zopfli ${iterations}`).digest('hex');
	const file = join(cache, `${key}.gz`);
	const kept = await readFile(file).catch(() => undefined);
	// A kept result is used only if it holds exactly these bytes.
	if (kept && gunzips(kept)?.equals(bytes)) return kept;
	zopfli ??= load();
	const gzipped = await (await zopfli).gzipAsync(bytes, { numiterations: iterations });
	await mkdir(cache, { recursive: true });
	// Written whole under another name first, so that a build stopped midway leaves no half file.
	await writeFile(`${file}.${process.pid}`, gzipped);
	await rename(`${file}.${process.pid}`, file);
	return gzipped;
}

function gunzips(bytes: Uint8Array): Buffer | undefined {
	try {
		return gunzipSync(bytes);
	} catch {
		return undefined;
	}
}
