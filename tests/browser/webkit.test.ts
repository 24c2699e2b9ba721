/**
 * WebKit, as Debian's WebKitGTK ships it (MiniBrowser driven by WebKitWebDriver over classic
 * WebDriver, in a virtual X display), on the offline archive opened from disk and over http: the
 * third engine readers open the downloaded copy in. The protocol is plain HTTP and JSON, spoken
 * here with fetch.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, globSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipArchive } from '../helpers/archive';
import { DIST } from '../helpers/site';
import { serveStatic } from '../helpers/static-server';

const DRIVER = '/usr/bin/WebKitWebDriver';
const BROWSER = globSync('/usr/lib/*/webkit2gtk-4.*/MiniBrowser')[0];

let driver: ChildProcess;
let session: string;
let base: string;
let workdir: string;
let disk: string;
let server: { url: string; close: () => Promise<void> };

/** One WebDriver command; throws with the driver's message on an error. */
async function command(method: string, path: string, body?: unknown): Promise<unknown> {
	const response = await fetch(`${base}${path}`, {
		method,
		headers: { 'content-type': 'application/json' },
		...(body === undefined ? {} : { body: JSON.stringify(body) }),
	});
	const { value } = (await response.json()) as { value: unknown };
	if (!response.ok) throw new Error(`${method} ${path}: ${JSON.stringify(value)}`);
	return value;
}
const run = (script: string) => command('POST', `/session/${session}/execute/sync`, { script, args: [] });

const freePort = () =>
	new Promise<number>((resolve) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => resolve(port));
		});
	});

beforeAll(async () => {
	if (!existsSync(DRIVER) || !BROWSER || !existsSync('/usr/bin/xvfb-run'))
		throw new Error('WebKitGTK is missing: apt-get install webkit2gtk-driver xvfb xauth (.ci/run installs them)');
	const port = await freePort();
	base = `http://127.0.0.1:${port}`;
	// Its own process group, so that the X server and the browser end with it.
	driver = spawn('xvfb-run', ['-a', DRIVER, `--port=${port}`], { detached: true, stdio: 'ignore' });
	for (let i = 0; i < 100; i++) {
		const ready = await fetch(`${base}/status`)
			.then((r) => r.ok)
			.catch(() => false);
		if (ready) break;
		await new Promise((r) => setTimeout(r, 100));
	}
	const created = (await command('POST', '/session', {
		capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { binary: BROWSER, args: ['--automation'] } } },
	})) as { sessionId: string };
	session = created.sessionId;
	const unzipped = unzipArchive();
	workdir = unzipped.workdir;
	disk = `${pathToFileURL(unzipped.site).href}/`;
	server = await serveStatic(DIST);
}, 60_000);

afterAll(async () => {
	if (session) await command('DELETE', `/session/${session}`).catch(() => undefined);
	if (driver?.pid) process.kill(-driver.pid, 'SIGTERM');
	await server?.close();
	if (workdir) rmSync(workdir, { recursive: true, force: true });
});

async function poll<T>(read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
	let value = await read();
	for (let i = 0; i < 100 && !ok(value); i++) {
		await new Promise((r) => setTimeout(r, 100));
		value = await read();
	}
	return value;
}

describe.each([
	['from disk', () => disk],
	['over http', () => server.url],
])('WebKitGTK, %s', (_where, root) => {
	it('shows a styled page, searches as the reader types, and Enter opens the search page with results', async () => {
		await command('POST', `/session/${session}/url`, { url: `${root()}organizations/sco/index.html` });
		expect(await run('return getComputedStyle(document.body).fontFamily')).toContain('Charter');
		const box = Object.values(
			(await command('POST', `/session/${session}/element`, { using: 'css selector', value: '#site-search' })) as object,
		)[0];
		await command('POST', `/session/${session}/element/${box}/click`, {});
		await command('POST', `/session/${session}/element/${box}/value`, { text: 'Beslan' });
		const count = (list: string) => run(`return document.querySelectorAll('${list} .search-result').length`) as Promise<number>;
		expect(
			await poll(
				() => count('#site-search-panel'),
				(n) => n > 0,
			),
		).toBeGreaterThan(0);
		await command('POST', `/session/${session}/element/${box}/value`, { text: '\uE007' });
		const url = await poll(
			() => command('GET', `/session/${session}/url`) as Promise<string>,
			(u) => u.includes('?q='),
		);
		expect(url).toMatch(/search\/(index\.html)?\?q=Beslan$/);
		expect(
			await poll(
				() => count('#search-page-results'),
				(n) => n > 0,
			),
		).toBeGreaterThan(0);
	}, 60_000);
});
