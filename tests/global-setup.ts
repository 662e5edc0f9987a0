import type { TestProject } from 'vitest/node';

/** Names this test run, so the real site is built at most once per run (tests/helpers/built-site.ts). */
export default function setup(project: TestProject) {
	project.provide('runId', `${process.pid}-${Date.now()}`);
}

declare module 'vitest' {
	export interface ProvidedContext {
		runId: string;
	}
}
