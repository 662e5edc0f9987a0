/**
 * `build`: builds the site into a temporary folder beside dist/ and moves it into place only when
 * the build succeeded, so whatever a deploy step finds at dist/ is a complete site.
 *
 * A failed or interrupted build leaves no dist/ at all: the previous site is removed when the
 * build starts, since after a failure it no longer matches the sources (a CI step that ignored the
 * exit code would otherwise deploy it). Deploy only after exit code 0.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { CliError, type Command } from './command.ts';
import { acquireBuildLock, fsStep, prepareStaging } from './build-guard.ts';
import { findAstroConfig } from './site-config.ts';

/** `--outDir dir` taken out of Astro's arguments (the staging folder replaces it), the rest kept. */
export function splitOutDir(args: readonly string[], cwd: string): { outDir: string; rest: string[] } {
	const at = args.findIndex((arg) => arg === '--outDir' || arg.startsWith('--outDir='));
	if (at === -1) return { outDir: resolve(cwd, 'dist'), rest: [...args] };
	const inline = args[at]!.startsWith('--outDir=') ? args[at]!.slice('--outDir='.length) : undefined;
	const value = inline ?? args[at + 1];
	if (!value || value.startsWith('--')) throw new CliError('--outDir needs a folder, e.g. --outDir dist.', 2);
	return { outDir: resolve(cwd, value), rest: [...args.slice(0, at), ...args.slice(at + (inline === undefined ? 2 : 1))] };
}

/** Folders left by builds that were killed outright (their process is gone). */
function staleStagingFolders(outDir: string, prefix: string): string[] {
	if (!existsSync(dirname(outDir))) return [];
	return readdirSync(dirname(outDir))
		.filter((name) => name.startsWith(prefix))
		.filter((name) => {
			try {
				process.kill(Number(name.slice(prefix.length)), 0);
				return false;
			} catch {
				return true;
			}
		})
		.map((name) => join(dirname(outDir), name));
}

/** Astro's command-line entry as the site resolves it (a site in a workspace finds it by walking up). */
function astroBin(root: string): string {
	try {
		return join(dirname(createRequire(join(root, 'package.json')).resolve('astro/package.json')), 'bin/astro.mjs');
	} catch {
		throw new CliError(`Astro is not installed for the site in ${root}. Run npm install astro @astrojs/starlight there, then build again.`);
	}
}

export const buildCommand: Command = {
	name: 'build',
	summary: 'astro build into dist/, which only ever holds a complete, checked site',
	usage: 'npx verbatim-citations build [--outDir dir] [astro build options]',
	passThrough: true,
	help: `Usage: npx verbatim-citations build [--outDir dir] [astro build options]

Runs astro build (the citation check first: a build with any problem is refused) into a temporary
folder beside dist/, and moves it to dist/ only when the build succeeded. A failed or interrupted
build leaves no dist/ at all, not even the previous one, so a deploy step that ignores the exit
code has nothing stale to publish. Other options are passed to astro build.

Example:
  npx verbatim-citations build
  SITE_URL=https://example.org npx verbatim-citations build --outDir public-site`,
	async run({ raw, cwd, io }) {
		// The site's folder is where its config is; the build runs there, as astro build would.
		const config = findAstroConfig(cwd);
		const root = config ? dirname(config) : cwd;
		const { outDir, rest } = splitOutDir(raw, cwd);
		// One build of a project at a time: two would remove and rename each other's folders.
		const release = acquireBuildLock(root);
		try {
			return await build(root, outDir, rest, io);
		} finally {
			release();
		}
	},
};

/** The build itself, under the project's lock: Astro into a staging folder, moved to dist/ on success. */
async function build(root: string, outDir: string, rest: string[], io: { err: (text: string) => void }): Promise<number> {
	const astro = astroBin(root);
	const prefix = `.${basename(outDir)}-building-`;
	const staging = join(dirname(outDir), `${prefix}${process.pid}`);
	for (const folder of [outDir, ...staleStagingFolders(outDir, prefix)]) fsStep('remove the previous build', folder, root, () => rmSync(folder, { recursive: true, force: true }));
	prepareStaging(staging, root);

	const child = spawn(process.execPath, [astro, 'build', '--outDir', staging, ...rest], { cwd: root, stdio: 'inherit' });
	let interrupted: NodeJS.Signals | undefined;
	const forward = (signal: NodeJS.Signals) => {
		interrupted = signal;
		child.kill(signal);
	};
	for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, forward);
	const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done) => child.on('exit', (c, s) => done([c, s])));
	const ok = code === 0 && !interrupted && !signal && existsSync(join(staging, 'index.html'));
	for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.off(signal, forward);
	if (ok) {
		fsStep('move the finished build to', outDir, root, () => renameSync(staging, outDir));
		return 0;
	}
	fsStep('remove the unfinished build', staging, root, () => rmSync(staging, { recursive: true, force: true }));
	const why = interrupted ? `interrupted (${interrupted})` : signal ? `killed (${signal})` : code === 0 ? 'finished without writing index.html' : `failed (exit code ${code})`;
	io.err(`\nBuild ${why}. Build failed: nothing was written to ${basename(outDir)}/, and no previous build is left there to deploy by mistake.`);
	return code && code !== 0 ? code : 1;
}
