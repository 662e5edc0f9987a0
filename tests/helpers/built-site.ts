import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { buildSite, projectRoot } from './project.ts';

/** The real site's build output. */
export const dist = join(projectRoot, 'dist');

/**
 * Builds the real site into dist/ unless this test run already did. Test files run one at a time
 * (vitest.config.ts), so a stamp file is enough to share the build. Unit tests never pay for it.
 */
export function ensureSiteBuilt(): void {
	const stamp = join(projectRoot, '.tmp', `built-${inject('runId')}`);
	if (existsSync(stamp)) return;
	const build = buildSite(projectRoot);
	if (build.status !== 0) throw new Error(`astro build failed:\n${build.output}`);
	console.log(`astro build: ${build.seconds.toFixed(1)} s`);
	mkdirSync(join(projectRoot, '.tmp'), { recursive: true });
	writeFileSync(stamp, String(build.seconds));
}
