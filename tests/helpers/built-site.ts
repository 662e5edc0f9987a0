import { join } from 'node:path';
import { inject } from 'vitest';
import { markSiteBuilt, siteBuiltIn } from './build-stamp.ts';
import { buildSite, projectRoot } from './project.ts';

/** The real site's build output. */
export const dist = join(projectRoot, 'dist');

/** Builds the real site into dist/ unless this test run already did (tests/global-setup.ts does). */
export function ensureSiteBuilt(): void {
	const runId = inject('runId');
	if (siteBuiltIn(runId)) return;
	const build = buildSite(projectRoot);
	if (build.status !== 0) throw new Error(`astro build failed:\n${build.output}`);
	markSiteBuilt(runId, build.seconds);
}
