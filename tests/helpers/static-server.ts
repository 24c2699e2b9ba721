import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.wasm': 'application/wasm',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves a built site on loopback the way a plain static host does: `/dir/` serves
 * `dir/index.html`, unknown paths get `404.html`. `base` mounts the site under a sub-path.
 */
export async function serveStatic(root: string, base = '/'): Promise<{ url: string; close: () => Promise<void> }> {
	const server: Server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		if (!path.startsWith(base)) {
			res.writeHead(404).end();
			return;
		}
		let file = normalize(join(root, path.slice(base.length)));
		if (!file.startsWith(root)) {
			res.writeHead(403).end();
			return;
		}
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		const found = existsSync(file);
		if (!found) file = join(root, '404.html');
		res.writeHead(found ? 200 : 404, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
		createReadStream(file).pipe(res);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('server has no port');
	return {
		url: `http://127.0.0.1:${address.port}${base}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
