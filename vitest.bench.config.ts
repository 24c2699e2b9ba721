import { defineConfig } from 'vitest/config';

// Benchmarks measure and report; they are not part of `npm test` and assert no timings.
export default defineConfig({
	test: {
		include: ['benchmarks/**/*.bench.ts'],
		testTimeout: 600_000,
		hookTimeout: 600_000,
		reporters: ['default'],
	},
});
