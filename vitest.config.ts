import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		// Browser tests share one Chromium per file; two cores do not gain from more workers.
		maxWorkers: 2,
		testTimeout: 30_000,
		// Browser assertions wait for the page; a second Chromium on two cores needs more than the 1 s default.
		expect: { poll: { timeout: 10_000 } },
		// The JSON report lets .ci/run print a one-line count that any CI can read.
		reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
		hookTimeout: 60_000,
	},
});
