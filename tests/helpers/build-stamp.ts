import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './project.ts';

const stampOf = (runId: string) => join(projectRoot, '.tmp', `built-${runId}`);

/** Records that this test run built dist/. */
export function markSiteBuilt(runId: string, seconds: number): void {
	mkdirSync(join(projectRoot, '.tmp'), { recursive: true });
	writeFileSync(stampOf(runId), String(seconds));
}

export function siteBuiltIn(runId: string): boolean {
	return existsSync(stampOf(runId));
}

/** Where a run's shared build (tests/helpers/shared-build.ts) of one set of variables lives. */
export const sharedBuildFolder = (runId: string, key: string) => join(projectRoot, '.tmp', `shared-${runId}-${key}`);

/** Removes a run's shared builds (the global setup's teardown). */
export function removeSharedBuilds(runId: string): void {
	const tmp = join(projectRoot, '.tmp');
	if (!existsSync(tmp)) return;
	for (const name of readdirSync(tmp)) if (name.startsWith(`shared-${runId}-`)) rmSync(join(tmp, name), { recursive: true, force: true });
}
