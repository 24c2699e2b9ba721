import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CslItem } from '../lib/cite/csl';
import { citations, type Citations } from '../lib/cite/page-citation';
import type { Locale } from '../lib/i18n/locales';

interface Task {
	resolve: (c: Citations) => void;
	reject: (e: Error) => void;
}

/** Not started (undefined), started, or none: every citation is formatted on the calling thread (null). */
let pool: { workers: Worker[]; next: number; tasks: Map<number, Task>; count: number } | null | undefined;

/**
 * Most pages take their citations from templates (src/lib/cite/page-template.ts); the rest, and
 * the sources, need the CSL engine, the heaviest step of a page (docs/performance.md). Astro
 * renders pages on one thread, so the engine runs on the others (all cores but one) while Astro renders further pages
 * (`build.concurrency` in astro.config.mjs). The worker runs the same function from its source
 * file, so the output is the same bytes; where that file is not beside the working directory
 * (a build started elsewhere), or in the dev server, it runs here.
 */
export function citationsOffThread(item: CslItem, locale: Locale): Promise<Citations> {
	// The dev server reloads the formatter when it changes; a worker would keep the version it
	// started with. One page at a time, it has no wait to hide either.
	if (import.meta.env.DEV) return Promise.resolve(citations(item, locale));
	if (pool === undefined) pool = startPool();
	const p = pool;
	if (!p) return Promise.resolve(citations(item, locale));
	const id = p.count++;
	const worker = p.workers[p.next++ % p.workers.length]!;
	// A worker keeps the process alive only while it has work: the build must not hang on an idle pool.
	if (p.tasks.size === 0) for (const w of p.workers) w.ref();
	return new Promise<Citations>((resolve, reject) => {
		p.tasks.set(id, { resolve, reject });
		worker.postMessage({ id, item, locale });
	});
}

function startPool(cwd = process.cwd()) {
	const script = join(cwd, 'src', 'io', 'citation-worker.ts');
	const hooks = join(cwd, 'scripts', 'ts-resolve.mjs');
	const size = Math.max(1, availableParallelism() - 1);
	if (!existsSync(script) || !existsSync(hooks) || availableParallelism() < 2) return null;
	const tasks = new Map<number, Task>();
	const workers = Array.from({ length: size }, () => {
		const worker = new Worker(script, { execArgv: ['--import', pathToFileURL(hooks).href] });
		worker.unref();
		worker.on('message', ({ id, result, error }: { id: number; result?: Citations; error?: string }) => {
			const task = tasks.get(id)!;
			tasks.delete(id);
			if (tasks.size === 0) for (const w of workers) w.unref();
			if (error !== undefined) task.reject(new Error(error));
			else task.resolve(result!);
		});
		// A worker that fails takes its waiting pages with it (the build stops, saying why); nothing
		// more is sent to the pool, or pages would wait on a thread that is gone.
		worker.on('error', (error) => {
			pool = null;
			for (const task of tasks.values()) task.reject(error);
			tasks.clear();
		});
		return worker;
	});
	return { workers, next: 0, tasks, count: 0 };
}
