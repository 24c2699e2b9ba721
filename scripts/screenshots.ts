/**
 * Screenshots of one page of each type at phone and desktop width, light and dark, for reviewing
 * a change as readers see it: `npm run screenshots [-- page …]`, written to screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from '../tests/helpers/browser.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';
import { DIST } from '../tests/helpers/site.ts';

const pages =
	process.argv.slice(2).length > 0
		? process.argv.slice(2)
		: [
				'',
				'sources/',
				'sources/li-2025/',
				'sources/li-2025/rats-international/',
				'organizations/',
				'organizations/sco/',
				'events/',
				'events/sco-unodc-memorandum-2011/',
				'bibliography/',
				'search/?q=interpol',
				'about/',
				'no-such-page/',
			];
const out = join(import.meta.dirname, '..', 'screenshots');
mkdirSync(out, { recursive: true });
const server = await serveStatic(DIST);
const browser = await launch();
try {
	for (const [name, viewport] of [
		['desktop', { width: 1280, height: 900 }],
		['phone', { width: 390, height: 844 }],
	] as const) {
		for (const scheme of ['light', 'dark'] as const) {
			const context = await browser.newContext({ viewport, colorScheme: scheme, deviceScaleFactor: 1 });
			const page = await context.newPage();
			for (const path of pages) {
				await page.goto(server.url + path, { waitUntil: 'networkidle' });
				const file = join(out, `${(path.replace(/[/?=]+/g, '_') || 'home').replace(/_$/, '')}-${name}-${scheme}.png`);
				await page.screenshot({ path: file, fullPage: true });
				console.log(file);
			}
			await context.close();
		}
	}
} finally {
	await browser.close();
	await server.close();
}
