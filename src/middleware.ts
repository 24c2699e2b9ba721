import { defineMiddleware } from 'astro:middleware';
import { editions } from './data/editions';
import { localeOfPath, translator } from './lib/i18n';
import { pageFrame } from './lib/routing/page-frame';

// Route data once per page, before it renders (also at build time, for prerendered pages).
export const onRequest = defineMiddleware(async (context, next) => {
	context.locals.t = translator(localeOfPath(context.url.pathname));
	const { translated } = await editions();
	context.locals.frame = pageFrame({ pathname: context.url.pathname, site: context.site, translated });
	return next();
});
