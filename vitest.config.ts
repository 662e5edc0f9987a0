import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		globalSetup: ['tests/global-setup.ts'],
		// Site tests run whole Astro builds; on two cores they are faster one at a time.
		fileParallelism: false,
		testTimeout: 30_000,
		hookTimeout: 600_000,
	},
});
