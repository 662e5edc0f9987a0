/**
 * `npm test`: the unit tests beside the site's build and the type check, then the site and browser
 * tests on that build.
 *
 * The unit tests leave part of the second core idle, more so towards their end; the build and the
 * type check fill it. The build replaces the type check's own `astro sync` (a build syncs too, and
 * writes the same .astro/ types), and the site group's global setup (tests/global-setup.ts) takes
 * this build instead of building again: that build used to run alone, on one core, before any site
 * test could start.
 *
 * The unit tests print as they run; the build's and the type check's output is held and printed
 * after them. Any failure stops before the site tests. `npm run test:site` alone still builds.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PREBUILT_ENV } from '../tests/helpers/build-stamp.ts';
import { buildSiteAsync, projectRoot, type BuildResult } from '../tests/helpers/project.ts';

/** `npm <args>` (npm puts the project's own Node first on PATH); `held` keeps its output to print later. */
function npm(args: string[], held: boolean, env: NodeJS.ProcessEnv = process.env): Promise<{ status: number; output: string }> {
	const command = `npm ${args.join(' ')}`;
	return new Promise((done) => {
		const child = spawn('npm', args, { env, stdio: held ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
		const chunks: Buffer[] = [];
		child.stdout?.on('data', (chunk: Buffer) => chunks.push(chunk));
		child.stderr?.on('data', (chunk: Buffer) => chunks.push(chunk));
		child.on('error', (error) => done({ status: 1, output: `${command} could not start: ${error.message}\n` }));
		child.on('close', (status) => done({ status: status ?? 1, output: Buffer.concat(chunks).toString('utf8') }));
	});
}

/** The real site's build (as `npm run build`), then the type check against the types it wrote. */
async function buildThenTypecheck(): Promise<{ build: BuildResult; types?: { status: number; output: string } }> {
	const build = await buildSiteAsync(projectRoot);
	if (build.status !== 0) return { build };
	return { build, types: await npm(['exec', '--', 'tsc', '--noEmit'], true) };
}

const site = buildThenTypecheck();
const unit = await npm(['run', '--silent', 'test:unit'], false);
const { build, types } = await site;

if (build.status !== 0) {
	process.stdout.write(build.output);
	console.log(`The site did not build (exit ${build.status}): the errors are above. The type check and the site tests did not run.`);
	process.exit(1);
}
console.log(`astro build, beside the unit tests: ${build.seconds.toFixed(1)} s`);
process.stdout.write(types!.output);
console.log(types!.status === 0 ? 'Type check: no errors.' : `Type check failed (exit ${types!.status}): the errors are above.`);
if (unit.status !== 0 || types!.status !== 0) process.exit(1);

// Handed to the site group's global setup through a file: the build's output is tens of kilobytes.
mkdirSync(join(projectRoot, '.tmp'), { recursive: true });
const handover = join(projectRoot, '.tmp', `prebuilt-${process.pid}.json`);
writeFileSync(handover, JSON.stringify(build));
try {
	process.exitCode = (await npm(['run', '--silent', 'test:site'], false, { ...process.env, [PREBUILT_ENV]: handover })).status;
} finally {
	rmSync(handover, { force: true });
}
