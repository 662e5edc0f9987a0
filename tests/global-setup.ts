import type { TestProject } from 'vitest/node';
import { buildSite, projectRoot } from './helpers/project.ts';

/**
 * Builds the real site into dist/ once per test run, for every test that inspects the built site.
 * The build's seconds are printed as a figure, not asserted.
 */
export default function setup(project: TestProject) {
	const build = buildSite(projectRoot);
	if (build.status !== 0) throw new Error(`astro build failed:\n${build.output}`);
	console.log(`astro build: ${build.seconds.toFixed(1)} s`);
	project.provide('buildSeconds', build.seconds);
}

declare module 'vitest' {
	export interface ProvidedContext {
		buildSeconds: number;
	}
}
