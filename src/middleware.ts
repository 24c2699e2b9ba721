import { defineMiddleware } from 'astro:middleware';
import { pageFrame } from './lib/routing/page-frame';

// Route data once per page, before it renders (also at build time, for prerendered pages).
export const onRequest = defineMiddleware((context, next) => {
	context.locals.frame = pageFrame({ pathname: context.url.pathname, site: context.site });
	return next();
});
