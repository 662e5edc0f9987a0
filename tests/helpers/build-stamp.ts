import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot, type BuildResult } from './project.ts';

const stampOf = (runId: string) => join(projectRoot, '.tmp', `built-${runId}`);

/** Records that this test run built dist/. */
export function markSiteBuilt(runId: string, seconds: number): void {
	mkdirSync(join(projectRoot, '.tmp'), { recursive: true });
	writeFileSync(stampOf(runId), String(seconds));
}

export function siteBuiltIn(runId: string): boolean {
	return existsSync(stampOf(runId));
}

/**
 * The environment variable through which `npm test` (scripts/test.ts), which built the real site
 * beside the unit tests, hands that build to the site group's global setup: the path of a JSON file
 * holding its BuildResult (tests/helpers/project.ts).
 */
export const PREBUILT_ENV = 'EXPLAINER_PREBUILT';

/**
 * The build `npm test` made before this run, or undefined when there is none (`npm run test:site`
 * or `vitest` alone). A handover that cannot be read, or that records a failed build, is an error:
 * npm test stops before the site tests when its build fails, so either means something is wrong.
 */
export function prebuiltSite(env: NodeJS.ProcessEnv = process.env): BuildResult | undefined {
	const path = env[PREBUILT_ENV];
	if (!path) return undefined;
	let build: BuildResult;
	try {
		build = JSON.parse(readFileSync(path, 'utf8')) as BuildResult;
	} catch (error) {
		throw new Error(`${PREBUILT_ENV} names ${path}, which does not hold the build npm test made (${(error as Error).message}). Unset it to build here.`);
	}
	if (build.status !== 0 || typeof build.output !== 'string' || typeof build.seconds !== 'number') {
		throw new Error(`${PREBUILT_ENV} names ${path}, which records no successful build (status ${String(build.status)}). Unset it to build here.`);
	}
	return build;
}

/** Where a run's shared build (tests/helpers/shared-build.ts) of one set of variables lives. */
export const sharedBuildFolder = (runId: string, key: string) => join(projectRoot, '.tmp', `shared-${runId}-${key}`);

/** Removes a run's shared builds and its build stamp (the global setup's teardown, once every file has run). */
export function removeRunFiles(runId: string): void {
	const tmp = join(projectRoot, '.tmp');
	if (!existsSync(tmp)) return;
	for (const name of readdirSync(tmp)) if (name.startsWith(`shared-${runId}-`)) rmSync(join(tmp, name), { recursive: true, force: true });
	rmSync(stampOf(runId), { force: true });
}
