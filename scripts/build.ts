/**
 * `npm run build`: builds the site into a temporary folder beside dist/ and moves it into place
 * only when the build succeeded, so whatever a deploy step finds at dist/ is a complete site.
 * Usage: node scripts/build.ts [--outDir dir] [other astro build options]
 *
 * A failed or interrupted build leaves no dist/ at all: the previous site is removed when the
 * build starts, since after a failure it no longer matches the sources (a CI step that ignored the
 * exit code would otherwise deploy it). Deploy only after exit code 0.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';

const args = process.argv.slice(2);
const at = args.indexOf('--outDir');
const outDir = resolve(at === -1 ? 'dist' : args[at + 1]!);
const rest = at === -1 ? args : [...args.slice(0, at), ...args.slice(at + 2)];
const prefix = `.${basename(outDir)}-building-`;
const staging = join(dirname(outDir), `${prefix}${process.pid}`);

// Astro as the site that is built resolves it (a copy of the project finds it by walking up).
const astro = join(dirname(createRequire(join(process.cwd(), 'package.json')).resolve('astro/package.json')), 'bin/astro.mjs');

/** Folders left by builds that were killed outright (their process is gone). */
function staleStagingFolders(): string[] {
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

for (const folder of [outDir, ...staleStagingFolders()]) rmSync(folder, { recursive: true, force: true });

const child = spawn(process.execPath, [astro, 'build', '--outDir', staging, ...rest], { stdio: 'inherit' });
let interrupted: NodeJS.Signals | undefined;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
	process.on(signal, () => {
		interrupted = signal;
		child.kill(signal);
	});
}
child.on('exit', (code, signal) => {
	const ok = code === 0 && !interrupted && !signal && existsSync(join(staging, 'index.html'));
	if (ok) {
		renameSync(staging, outDir);
		return;
	}
	rmSync(staging, { recursive: true, force: true });
	const why = interrupted ? `interrupted (${interrupted})` : signal ? `killed (${signal})` : code === 0 ? 'finished without writing index.html' : `failed (exit code ${code})`;
	console.error(`\nBuild ${why}. Build failed: nothing was written to ${basename(outDir)}/, and no previous build is left there to deploy by mistake.`);
	process.exitCode = code && code !== 0 ? code : 1;
});
