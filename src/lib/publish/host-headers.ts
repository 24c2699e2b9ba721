/**
 * `_headers`, the file Netlify and Cloudflare Pages read for response headers: the page's
 * Content-Security-Policy as a real header, with `frame-ancestors 'none'`, which a meta tag cannot
 * carry; no MIME sniffing; no referrer; and year-long, immutable caching for the files whose names
 * carry a hash of their content. HTML keeps the host's own short caching: both hosts merge
 * headers of every rule a path matches, so a second Cache-Control on `/*` would be joined to the
 * immutable one rather than replaced.
 */
export function hostHeaders(csp: string): string {
	return [
		'/*',
		`  Content-Security-Policy: ${csp}; frame-ancestors 'none'`,
		'  X-Content-Type-Options: nosniff',
		'  Referrer-Policy: no-referrer',
		'/_astro/*',
		'  Cache-Control: public, max-age=31536000, immutable',
		'',
	].join('\n');
}
