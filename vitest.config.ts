import { defineConfig } from 'vitest/config';

/**
 * Three groups, run one after another (sequence.groupOrder) because each one alone can keep two
 * cores busy:
 * - unit: plain functions, no build, files in parallel (also `npm run test:fast`);
 * - site: whole Astro builds of the real site and of copies; one file at a time;
 * - browser: one Chromium per file, shared by its tests, which run two at a time in their own contexts
 *   (a page loads while axe analyses another). The built site is shared by every file of a run
 *   (tests/global-setup.ts builds it once).
 */
const BROWSER_PARALLEL = ['tests/browser/accessibility.test.ts', 'tests/browser/pages.test.ts'];

export default defineConfig({
	test: {
		testTimeout: 30_000,
		hookTimeout: 600_000,
		projects: [
			{
				extends: true,
				test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], sequence: { groupOrder: 0 } },
			},
			{
				extends: true,
				test: {
					name: 'site',
					include: ['tests/**/*.test.ts'],
					exclude: ['tests/unit/**', ...BROWSER_PARALLEL],
					globalSetup: ['tests/global-setup.ts'],
					// Site tests run whole Astro builds; on two cores they are faster one at a time.
					fileParallelism: false,
					sequence: { groupOrder: 1 },
				},
			},
			{
				extends: true,
				test: {
					name: 'browser',
					include: BROWSER_PARALLEL,
					globalSetup: ['tests/global-setup.ts'],
					fileParallelism: false,
					// Each test opens its own context; two at once keep both cores busy (one loads a page
					// while axe analyses another). A test then shares the machine, so it gets three times
					// the time a test has alone: on a machine busy with other work, 30 s timed out.
					sequence: { groupOrder: 2, concurrent: true },
					maxConcurrency: 2,
					testTimeout: 90_000,
				},
			},
		],
	},
});
