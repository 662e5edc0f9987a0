import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Two groups, run one after the other (sequence.groupOrder):
 * - unit: plain functions, no build, files in parallel (also `npm run test:fast`). The files share
 *   one module graph per worker (isolate: false): importing the engine afresh for each of 80 files
 *   was two thirds of the group's time. They share no state but the modules' caches, and spies are
 *   restored after each test. Its global setup (tests/unit-global-setup.ts) gives the run a
 *   temporary folder of its own and fails the run if a test leaves anything in it.
 * - site and browser, together, a file per core (two on a 2-core machine): whole Astro builds of
 *   the real site and of copies (each in its own folder, since two builds of one folder refuse each
 *   other), CLI runs, and the accessibility and every-page checks, two tests at a time, each in a
 *   tab of its own (tests/helpers/tabs.ts). Most
 *   site files wait on one process at a time (a build, npm, a browser): one at a time, they left
 *   half of two cores idle (370 s user + 149 s sys in 551 s).
 * The built site and one Chromium are shared by every file of a run (tests/global-setup.ts builds
 * the site once and starts the browser; each file connects to it and works in its own contexts).
 * Like the unit files, the site and browser files share one module graph per worker (isolate:
 * false): importing Playwright, the hast utilities and the engine afresh cost each of the 36 files
 * 2.5 to 3.5 s of CPU (576 against 503 s for the group, one file at a time, 2026-12-03). Their
 * state lives in their own folders, contexts and processes; no file mocks a module or sets an
 * environment variable.
 */
/** The unit group: plain functions, no build. `vitest.mutation.config.ts` runs it alone. */
export const unitTests = { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false, restoreMocks: true };

const BROWSER_PARALLEL = ['tests/browser/accessibility.test.ts', 'tests/browser/pages.test.ts'];
/**
 * Test files of the site and browser group run at once: one per core, at least two (most files
 * wait on one process at a time), at most eight (each file may run two builds of its own).
 */
const SITE_WORKERS = Math.min(8, Math.max(2, availableParallelism()));

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
			{ extends: true, test: { ...unitTests, globalSetup: ['tests/unit-global-setup.ts'], sequence: { groupOrder: 0 } } },
			{
				extends: true,
				test: {
					name: 'site',
					include: ['tests/**/*.test.ts'],
					exclude: ['tests/unit/**', ...BROWSER_PARALLEL],
					globalSetup: ['tests/global-setup.ts'],
					isolate: false,
					maxWorkers: SITE_WORKERS,
					sequence: { groupOrder: 1 },
				},
			},
			{
				extends: true,
				test: {
					name: 'browser',
					include: BROWSER_PARALLEL,
					globalSetup: ['tests/global-setup.ts'],
					isolate: false,
					// Projects of one group must name the same worker count.
					maxWorkers: SITE_WORKERS,
					// Each test opens its own context; two at once keep a browser busy (one loads a page
					// while axe analyses another), and each then shares the machine: twice the timeout.
					sequence: { groupOrder: 1, concurrent: true },
					maxConcurrency: 2,
					testTimeout: 180_000,
				},
			},
		],
	},
});
