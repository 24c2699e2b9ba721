/**
 * Zopfli's gzip (@gfx/zopfli): the same format as zlib's, about 5 % smaller, at many times the
 * cost, so it is kept for the few files every reader downloads.
 *
 * The package is Emscripten output, whose glue registers process-wide handlers for uncaught
 * exceptions and unhandled rejections when it loads: any later error of the build would then be
 * reported as a dump of the package's one-line source. It is loaded on first use, and the
 * handlers it added are removed at once.
 */
import type * as ZopfliModule from '@gfx/zopfli';
import type { EventEmitter } from 'node:events';

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

/** `bytes` gzip-compressed by Zopfli with `iterations` passes; the output depends on the input alone. */
export async function zopfliGzip(bytes: Uint8Array, iterations: number): Promise<Uint8Array> {
	zopfli ??= load();
	return (await zopfli).gzipAsync(bytes, { numiterations: iterations });
}
