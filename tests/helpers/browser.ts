import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { DIST } from './site.ts';
import { serveStatic } from './static-server.ts';

/** Debian's Chromium; tests never download a browser of their own. */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export function hasChromium(): boolean {
	return existsSync(CHROMIUM);
}

/** Chromium's flags for tests on a machine with no network: no sandbox (root), no background traffic. */
export const CHROMIUM_FLAGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

export function launch(): Promise<Browser> {
	return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
}

/**
 * The built site on a loopback server and one Chromium, for the tests of a file: started before
 * them, closed after. Read `site.url` and `site.browser` inside tests.
 */
export function siteInBrowser(base = '/') {
	const site = {} as { url: string; browser: Browser; close: () => Promise<void> };
	beforeAll(async () => {
		const server = await serveStatic(DIST, base);
		site.url = server.url;
		site.close = server.close;
		site.browser = await launch();
	});
	afterAll(async () => {
		await site.browser?.close();
		await site.close?.();
	});
	return site;
}
