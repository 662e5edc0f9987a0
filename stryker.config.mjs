// @ts-check
/**
 * Mutation testing of the citation engine and its checks (`npm run test:mutation`; README, "Tests").
 * A figure, not a gate of `npm test`: it changes the code one small way at a time (a `<` for a `<=`,
 * a message emptied, a condition forced true) and counts how many of those changes the unit tests
 * notice.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
	mutate: ['packages/starlight-verbatim-citations/src/{engine,reading,corpus,pages,rules,checks}/**/*.ts'],
	testRunner: 'vitest',
	// Only the unit group: no site build, no browser (see vitest.mutation.config.ts).
	vitest: { configFile: 'vitest.mutation.config.ts' },
	coverageAnalysis: 'perTest',
	// The machine has two cores shared with other builds.
	concurrency: 2,
	// Reruns test only the mutants whose code or tests changed since the last run.
	incremental: true,
	// A mutant in code that runs only while modules load (a top-level constant or regular expression)
	// can only be tested by reloading every test file: on this machine about 10 s each, for ~120
	// such mutants. They are left out of the score (listed as "Ignored" in the report); a mutant in
	// code that also runs inside tests is still tested, by the tests that reach it.
	ignoreStatic: true,
	incrementalFile: 'reports/mutation/stryker-incremental.json',
	// A mutant that loops forever is caught by its hit count, whatever the time. The time limit is
	// for slowness, and on a machine shared with other builds (load 17 on two cores) the default
	// 5 s over the dry run's time turned ordinary runs into false timeouts.
	timeoutMS: 30_000,
	reporters: ['clear-text', 'progress', 'html'],
	htmlReporter: { fileName: 'reports/mutation/mutation.html' },
	clearTextReporter: { allowColor: false, logTests: false },
	// The sandbox copy needs the sources, tests and reports, not earlier builds.
	ignorePatterns: ['dist', '.astro', 'coverage', 'screenshots', 'bench/out', 'tmp', '.tmp', '.dist-building-*', 'reports'],
	thresholds: { high: 90, low: 85, break: null },
	tempDirName: '.stryker-tmp',
	// Stryker rewrites the tsconfig's relative `extends`/`references` that would point outside its
	// sandbox copy, through TypeScript's JavaScript API, which TypeScript 7 no longer has (the run
	// stops with "ts.parseConfigFileTextToJson is not a function"). Ours extends a package
	// (astro/tsconfigs/strict) and includes only files inside the project: there is nothing to
	// rewrite, so Stryker is pointed at a file that does not exist and leaves the tsconfig alone.
	tsconfigFile: 'no-tsconfig-rewrite.json',
	cleanTempDir: 'always',
};
