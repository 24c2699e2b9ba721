// Lets plain Node (24, which strips TypeScript types itself) run the project's scripts: the
// TypeScript sources import each other without extensions, as Vite and Astro allow, so a relative
// import that names no file is retried with .ts, then as a folder's index.ts. Use:
// node --import ./scripts/ts-resolve.mjs …
// A `?raw` import gives the file's text as its default export, as Vite gives it to the build.
import { readFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';

registerHooks({
	resolve(specifier, context, next) {
		try {
			return next(specifier, context);
		} catch (error) {
			if (!/^\.{1,2}\//.test(specifier) || /\.[cm]?[jt]s$/.test(specifier)) throw error;
			try {
				return next(`${specifier}.ts`, context);
			} catch {
				return next(`${specifier}/index.ts`, context);
			}
		}
	},
	load(url, context, next) {
		if (!url.startsWith('file:') || !url.endsWith('?raw')) return next(url, context);
		const text = readFileSync(fileURLToPath(url.slice(0, -'?raw'.length)), 'utf8');
		return { format: 'module', source: `export default ${JSON.stringify(text)};`, shortCircuit: true };
	},
});
