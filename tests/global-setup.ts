import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ENDPOINT, hasChromium, launchOptions } from './helpers/browser.ts';
import { buildSite, projectRoot } from './helpers/project.ts';
import { markSiteBuilt, prebuiltSite, removeRunFiles } from './helpers/build-stamp.ts';

/**
 * Builds the real site into dist/ once, before any test file is collected: the browser tests list
 * dist/'s pages when they load, so the build must be fresh by then. Under `npm test` the site was
 * built just before, beside the unit tests (scripts/test.ts), and that build is taken instead.
 * Vitest runs a global setup once per project (vitest.config.ts has two that need the site); they
 * share this process, so the first one builds and records its run id in the environment, and the
 * others reuse that build.
 *
 * It also starts one Chromium for the run, which every test file connects to (tests/helpers/browser.ts,
 * launchChromium) instead of starting its own; each file still works in its own browser contexts.
 * Closed when the run is done.
 */
const RUN = 'EXPLAINER_TEST_RUN_ID';
const OUTPUT = 'EXPLAINER_TEST_BUILD_OUTPUT';

export default async function setup(project: TestProject) {
	const runId = buildOnce(project);
	// The builds test files shared (tests/helpers/shared-build.ts) and the run's build stamp go with the run.
	const removeFiles = async () => removeRunFiles(runId);
	// One Chromium for the whole run: the projects' setups run in this one process, the first starts it.
	if (!hasChromium || process.env[CHROMIUM_ENDPOINT]) return removeFiles;
	const server = await chromium.launchServer(launchOptions);
	// Test workers are started after the global setup, with its environment.
	process.env[CHROMIUM_ENDPOINT] = server.wsEndpoint();
	return async () => {
		delete process.env[CHROMIUM_ENDPOINT];
		await server.close();
		await removeFiles();
	};
}

function buildOnce(project: TestProject): string {
	const existing = process.env[RUN];
	if (existing) {
		project.provide('runId', existing);
		project.provide('buildOutput', process.env[OUTPUT] ?? '');
		return existing;
	}
	const runId = `${process.pid}-${Date.now()}`;
	const prebuilt = prebuiltSite();
	const build = prebuilt ?? buildSite(projectRoot);
	if (build.status !== 0) throw new Error(`astro build failed:\n${build.output}`);
	if (!prebuilt) console.log(`astro build: ${build.seconds.toFixed(1)} s`);
	// What the build printed, for the test that a clean build prints no warning.
	project.provide('buildOutput', build.output);
	markSiteBuilt(runId, build.seconds);
	process.env[RUN] = runId;
	process.env[OUTPUT] = build.output;
	project.provide('runId', runId);
	return runId;
}

declare module 'vitest' {
	export interface ProvidedContext {
		runId: string;
		buildOutput: string;
	}
}
