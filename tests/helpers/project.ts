import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';

/** The project under test. */
export const projectRoot = resolve(import.meta.dirname, '../..');

/**
 * Astro's command-line entry, found the way Node finds any package (so a checkout whose
 * node_modules sits in a parent folder works too), not at a fixed path under the project.
 */
export const astroBin = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');

/** The package's command-line tool (`verbatim-citations`), run as `node <cliBin> <command>`. */
export const cliBin = join(projectRoot, 'packages/starlight-verbatim-citations/bin/verbatim-citations.mjs');

const VITEST_ENV = /^(NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR|TEST|VITEST(_.*)?)$/;

export interface BuildResult {
	status: number | null;
	/** stdout and stderr together, ANSI colours removed. */
	output: string;
	seconds: number;
}

/**
 * Runs `npm run build`, i.e. `verbatim-citations build` (astro build into a temporary folder, moved
 * into place on success) in `cwd` with this Node.
 */
export function buildSite(cwd: string, env: Record<string, string> = {}, outDir?: string): BuildResult {
	const started = performance.now();
	const run = spawnSync(process.execPath, buildArgs(outDir), { cwd, env: buildEnv(env), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	const output = `${run.stdout}\n${run.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
	return { status: run.status, output, seconds: (performance.now() - started) / 1000 };
}

const buildArgs = (outDir?: string) => [cliBin, 'build', ...(outDir ? ['--outDir', outDir] : [])];

function buildEnv(env: Record<string, string>): NodeJS.ProcessEnv {
	// Vitest puts NODE_ENV=test and its import.meta.env (BASE_URL, MODE, DEV, PROD, SSR) into
	// process.env. Inherited, they leak into the site's build: a development build (Starlight then
	// ships "search is only available in production") whose BASE_URL ignores SITE_BASE.
	// Build exactly what `npm run build` builds.
	const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !VITEST_ENV.test(name)));
	return { ...inherited, ...env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' };
}

/**
 * The same build as buildSite, without blocking this process: for a file whose builds are
 * independent of each other (each its own copy), started together so that they share the cores.
 */
export function buildSiteAsync(cwd: string, env: Record<string, string> = {}, outDir?: string): Promise<BuildResult> {
	const started = performance.now();
	// As buildSite gives it: stdout, then stderr.
	return spawnAsync(process.execPath, buildArgs(outDir), { cwd, env: buildEnv(env) }).then(({ status, stdout, stderr }) => ({
		status,
		output: `${stdout}\n${stderr}`.replace(/\x1b\[[0-9;]*m/g, ''),
		seconds: (performance.now() - started) / 1000,
	}));
}

/** What spawnSync gives with `encoding: 'utf8'`: the exit status, the signal that ended it, and both outputs. */
export interface Spawned {
	status: number | null;
	/** The signal that ended the process (SIGTERM after `timeout`), or null. */
	signal: NodeJS.Signals | null;
	stdout: string;
	stderr: string;
}

/**
 * spawnSync's answer without blocking this process: for tests that run independent commands side
 * by side. With `timeout` (ms) the process is ended with SIGTERM once it has run that long, and
 * `signal` says so: a test of something that must not hang reports the hang instead of waiting.
 */
export function spawnAsync(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv; timeout?: number }): Promise<Spawned> {
	return new Promise((done, fail) => {
		const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, timeout: options.timeout });
		const [stdout, stderr]: Buffer[][] = [[], []];
		child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
		child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
		child.on('error', fail);
		child.on('close', (status, signal) => done({ status, signal, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') }));
	});
}

/**
 * A gate for work started side by side: the function it returns runs each task it is given as soon
 * as fewer than `limit` of its tasks are running (first come, first served), and gives its promise.
 * Two at a time keep two cores busy without making each process share a core.
 */
export function limiter(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
	let running = 0;
	const waiting: (() => void)[] = [];
	return async (task) => {
		if (running >= limit) await new Promise<void>((go) => waiting.push(go));
		running++;
		try {
			return await task();
		} finally {
			running--;
			waiting.shift()?.();
		}
	};
}

/**
 * A throw-away copy of the project (sources, pages, config; the project's node_modules found by walking up), for
 * tests that must break something to prove the build refuses it.
 */
export interface ProjectCopy {
	root: string;
	/** Changes a file of the copy; an edit that changes nothing is a stale test and throws. */
	edit: (file: string, change: (text: string) => string) => void;
	/** Replaces the first occurrence of `from` in a file and returns the 1-based line it was on. */
	replace: (file: string, from: string, to: string) => number;
	remove: () => void;
}

export function copyProject(): ProjectCopy {
	// Inside the project, so Node finds the project's node_modules by walking up, as in a monorepo.
	// (A symlinked node_modules makes Vite see two paths for each file and the build fails.)
	mkdirSync(join(projectRoot, '.tmp'), { recursive: true });
	const root = mkdtempSync(join(projectRoot, '.tmp', 'copy-'));
	for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'docs-data', 'scripts']) {
		cpSync(join(projectRoot, entry), join(root, entry), { recursive: true });
	}
	return {
		root,
		edit(file, change) {
			const path = join(root, file);
			const before = readFileSync(path, 'utf8');
			const after = change(before);
			if (after === before) throw new Error(`The edit to ${file} changed nothing: the test is stale.`);
			writeFileSync(path, after);
		},
		replace(file, from, to) {
			const text = readFileSync(join(root, file), 'utf8');
			const at = text.indexOf(from);
			if (at === -1) throw new Error(`${file} does not contain ${JSON.stringify(from)}: the test is stale.`);
			writeFileSync(join(root, file), text.slice(0, at) + to + text.slice(at + from.length));
			return text.slice(0, at).split('\n').length;
		},
		remove: () => rmSync(root, { recursive: true, force: true }),
	};
}

/**
 * The plugin options this site's astro.config.mjs passes, parsed: what the site's own tests check
 * the site with (the package's defaults are for a new site, with the editorial rules off).
 */
export { SITE_OPTIONS } from './site-options.ts';
