import { defineMiddleware } from 'astro:middleware';
import { pageFrame } from './lib/routing/page-frame';
import { localeOfPath, translator } from './lib/i18n';

// Route data once per page, before it renders (also at build time, for prerendered pages).
export const onRequest = defineMiddleware((context, next) => {
	const locale = localeOfPath(context.url.pathname);
	context.locals.t = translator(locale);
	context.locals.frame = pageFrame({ pathname: context.url.pathname, site: context.site });
	return next();
});
