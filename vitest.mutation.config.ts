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
		// Stryker runs a few tests per mutant, thousands of times: starting a fresh worker and
		// re-importing the modules for each test file cost more than the tests themselves (dry run:
		// 1 s of tests, 8 s of overhead). The unit tests share no state, and pass this way too.
		isolate: false,
	},
});
