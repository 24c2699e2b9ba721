// One thread of the citation pool (src/io/citation-threads.ts): formats each item it is sent.
import { parentPort } from 'node:worker_threads';
import type { CslItem } from '../lib/cite/csl';
import { citations } from '../lib/cite/page-citation';
import type { Locale } from '../lib/i18n/locales';

parentPort!.on('message', ({ id, item, locale }: { id: number; item: CslItem; locale: Locale }) => {
	try {
		parentPort!.postMessage({ id, result: citations(item, locale) });
	} catch (error) {
		parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
	}
});
