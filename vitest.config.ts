import { defineConfig } from 'vitest/config';

/**
 * Three groups, run one after another (sequence.groupOrder) because each one alone can keep two
 * cores busy:
 * - unit: plain functions, no build, files in parallel (also `npm run test:fast`);
 * - site: whole Astro builds of the real site and of copies; one file at a time;
 * - browser: accessibility and every-page checks, two tests at a time in their own contexts (a page
 *   loads while axe analyses another); each page is loaded once for both themes' axe analyses and
 *   once at 1280 px for its request, width and CSP tests.
 * The built site and one Chromium are shared by every file of a run (tests/global-setup.ts builds
 * the site once and starts the browser; each file connects to it and works in its own contexts).
 */
/** The unit group: plain functions, no build. `vitest.mutation.config.ts` runs it alone. */
export const unitTests = { name: 'unit', include: ['tests/unit/**/*.test.ts'] };

const BROWSER_PARALLEL = ['tests/browser/accessibility.test.ts', 'tests/browser/pages.test.ts'];

export default defineConfig({
	test: {
		// Generous, so that a machine shared with other builds (load 30 on two cores) does not turn a
		// slow test into a failure; a hang still fails.
		testTimeout: 90_000,
		hookTimeout: 600_000,
		// Used by `npm run test:unit` (`--coverage`): how much of the plugin's plain-TypeScript modules
		// the unit tests alone exercise, without any Astro build. Astro glue (integration/) and
		// components are covered by the site and browser tests instead.
		coverage: {
			provider: 'v8',
			include: ['packages/starlight-verbatim-citations/src/{engine,reading,corpus,pages,rules,checks,analysis,authoring,schemas}/**/*.ts'],
			reporter: ['text'],
			thresholds: { statements: 95, branches: 90 },
		},
		projects: [
			{ extends: true, test: { ...unitTests, sequence: { groupOrder: 0 } } },
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
					// while axe analyses another), and each then shares the machine: twice the timeout.
					sequence: { groupOrder: 2, concurrent: true },
					maxConcurrency: 2,
					testTimeout: 180_000,
				},
			},
		],
	},
});
