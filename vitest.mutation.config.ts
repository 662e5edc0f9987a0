import { defineConfig } from 'vitest/config';
import { unitTests } from './vitest.config.ts';

/**
 * The unit group alone, for `npm run test:mutation` (stryker.config.mjs). StrykerJS's vitest runner
 * cannot select a project, and given vitest.config.ts it would start the site and browser groups too,
 * whose global setup builds the whole site: every mutant would cost a build.
 */
export default defineConfig({
	test: {
		...unitTests,
		// Time budgets measure the real code, not the instrumented copy Stryker runs (see the file).
		exclude: ['tests/unit/search-time.test.ts'],
		testTimeout: 90_000,
	},
});
