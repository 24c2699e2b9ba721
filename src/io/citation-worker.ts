// One thread of the citation pool (src/io/citation-threads.ts): formats each item it is sent.
import { parentPort } from 'node:worker_threads';
import type { CslItem } from '../lib/cite/csl';
import { citations } from '../lib/cite/page-citation';

parentPort!.on('message', ({ id, item }: { id: number; item: CslItem }) => {
	try {
		parentPort!.postMessage({ id, result: citations(item) });
	} catch (error) {
		parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
	}
});
