// Lets plain Node (24, which strips TypeScript types itself) run the project's scripts: the
// TypeScript sources import each other without extensions, as Vite and Astro allow, so a relative
// import that names no file is retried with .ts, then as a folder's index.ts. Use:
// node --import ./scripts/ts-resolve.mjs …
import { registerHooks } from 'node:module';

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
});
