import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
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
