import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { sharedBuildFolder } from './build-stamp.ts';
import { buildSiteAsync, copyProject, projectRoot } from './project.ts';


/** The site for a sub-path with its public address: served by a plain static server and by nginx. */
export const SUB_PATH_BUILD = { SITE_BASE: '/explainer/', SITE_URL: 'https://example.org' };

export interface SharedBuild {
	/** The built site: read it, serve it, never change it (other files read it too). */
	outDir: string;
	status: number | null;
	output: string;
}

/**
 * One build of a copy of the project with `env` for every test file of a run that asks for the
 * same: the first file to ask builds, the others wait for its result (files run in separate
 * workers, so the claim is a folder made atomically, and the result a file). The run's global
 * setup removes the builds when the run ends (removeRunFiles in build-stamp.ts).
 */
export async function sharedBuild(env: Record<string, string>): Promise<SharedBuild> {
	const key = createHash('sha256').update(JSON.stringify(Object.entries(env).sort())).digest('hex').slice(0, 12);
	const folder = sharedBuildFolder(inject('runId'), key);
	const outDir = join(folder, 'dist');
	const result = join(folder, 'result.json');
	mkdirSync(join(projectRoot, '.tmp'), { recursive: true });
	let builder = true;
	try {
		mkdirSync(folder);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		builder = false;
	}
	if (builder) {
		const project = copyProject();
		try {
			const build = await buildSiteAsync(project.root, env, outDir);
			settle(result, { status: build.status, output: build.output });
		} catch (error) {
			settle(result, { status: null, output: `the shared build could not run: ${String(error)}` });
		} finally {
			project.remove();
		}
	}
	const until = Date.now() + 15 * 60_000;
	while (!existsSync(result)) {
		if (Date.now() > until) throw new Error(`The shared build in ${folder} gave no result within 15 minutes: the test file that claimed it (the first to ask) stopped before writing result.json, or its build hangs. Its output is in that file's report; remove ${folder} and run the tests again.`);
		await new Promise((done) => setTimeout(done, 200));
	}
	const { status, output } = JSON.parse(readFileSync(result, 'utf8')) as { status: number | null; output: string };
	return { outDir, status, output };
}

/** Writes the result whole or not at all: a waiting file polls for it. */
function settle(result: string, content: { status: number | null; output: string }): void {
	writeFileSync(`${result}.part`, JSON.stringify(content));
	renameSync(`${result}.part`, result);
}
