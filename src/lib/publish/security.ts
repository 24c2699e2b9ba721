/**
 * The page's Content-Security-Policy: only the site's own files, plus what the search loader
 * needs (its module comes from a blob: URL, its index engine is WebAssembly), plus the inline
 * scripts named by hash. No other inline script or style runs. Sent as a meta tag because a
 * static host cannot be trusted to send it.
 */
export function contentSecurityPolicy(scriptHashes: string[] = []): string {
	return [
		"default-src 'self'",
		`script-src 'self' blob: 'wasm-unsafe-eval' ${scriptHashes.join(' ')}`.trim(),
		"style-src 'self'",
		"img-src 'self' data:",
		"font-src 'self'",
		"connect-src 'self'",
		"object-src 'none'",
		"base-uri 'none'",
		"form-action 'self'",
	].join('; ');
}
