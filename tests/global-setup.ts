import type { TestProject } from 'vitest/node';
import { buildSite, projectRoot } from './helpers/project.ts';
import { markSiteBuilt } from './helpers/build-stamp.ts';

/**
 * Builds the real site into dist/ once, before any test file is collected: the browser tests list
 * dist/'s pages when they load, so the build must be fresh by then.
 */
export default function setup(project: TestProject) {
	const runId = `${process.pid}-${Date.now()}`;
	project.provide('runId', runId);
	const build = buildSite(projectRoot);
	if (build.status !== 0) throw new Error(`astro build failed:\n${build.output}`);
	console.log(`astro build: ${build.seconds.toFixed(1)} s`);
	// What the build printed, for the test that a clean build prints no warning.
	project.provide('buildOutput', build.output);
	markSiteBuilt(runId, build.seconds);
}

declare module 'vitest' {
	export interface ProvidedContext {
		runId: string;
		buildOutput: string;
	}
}
