import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		// Browser tests share one Chromium per file; two cores do not gain from more workers.
		maxWorkers: 2,
		testTimeout: 30_000,
		// Browser assertions wait for the page; a second Chromium on two cores needs more than the 1 s default.
		expect: { poll: { timeout: 10_000 } },
		// The JSON report lets .ci/run print a one-line count that any CI can read.
		reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
		hookTimeout: 60_000,
		projects: [
			{ extends: true, test: { name: 'site', include: ['tests/**/*.test.ts'], exclude: ['tests/scale/**'], sequence: { groupOrder: 0 } } },
			// The 1,000-entry gate builds a copy of the project: it runs last, alone, so it neither slows
			// the browser tests nor is slowed by them.
			{ extends: true, test: { name: 'scale', include: ['tests/scale/**/*.test.ts'], sequence: { groupOrder: 1 } } },
		],
	},
});
