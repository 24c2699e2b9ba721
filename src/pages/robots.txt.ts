import type { APIRoute } from 'astro';

// From the one `site` setting, so a moved site does not advertise an old sitemap.
export const GET: APIRoute = ({ site }) =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(`${import.meta.env.BASE_URL}sitemap-index.xml`, site).href}\n`, {
		headers: { 'content-type': 'text/plain; charset=utf-8' },
	});
