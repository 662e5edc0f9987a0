/**
 * What stands between `verbatim-citations build` and a stack trace: one build per project at a
 * time (a lock file), and file-system failures (a dist/ or project that cannot be written, a
 * read-only or full disk) told in one line each, with the path and the fix (issue 22).
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, statfsSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { CliError } from './command.ts';

/** The lock file, in the site's folder: Astro's caches (.astro/, node_modules/.vite) are per project, not per dist/. */
export const LOCK_FILE = '.verbatim-citations-build.lock';

function alive(pid: number): boolean {
	if (!Number.isInteger(pid) || pid <= 0) return false;
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: the process exists but belongs to someone else.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/**
 * Takes the project's build lock, or refuses while another build of it runs. A lock whose process
 * is gone (a build killed outright) is stale and taken over. Returns the function that releases it.
 */
export function acquireBuildLock(root: string, pid = process.pid): () => void {
	const path = join(root, LOCK_FILE);
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			const fd = openSync(path, 'wx');
			writeSync(fd, `${pid}\n`);
			closeSync(fd);
			return () => {
				try {
					if (readFileSync(path, 'utf8').trim() === String(pid)) unlinkSync(path);
				} catch {
					// Already gone: nothing to release.
				}
			};
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw fileSystemError(error, 'create the build lock', path, root);
			const holder = Number.parseInt(readFileSync(path, 'utf8'), 10);
			if (alive(holder) && holder !== pid) {
				throw new CliError(
					`Another build of this site is running (process ${holder}; lock file ${LOCK_FILE}). Two builds at once would overwrite each other's files. Wait for it to finish and build again; if no build is running, delete ${path}.`,
				);
			}
			rmSync(path, { force: true });
		}
	}
	throw new CliError(`Could not take the build lock ${path}: another build keeps taking it. Wait for the other builds to finish and build again.`);
}

const FIX: Record<string, (path: string) => string> = {
	EACCES: (path) => `let this user write it (ls -ld ${path}; e.g. sudo chown -R "$USER" ${path}), or build elsewhere with --outDir`,
	EPERM: (path) => `let this user write it (ls -ld ${path}; e.g. sudo chown -R "$USER" ${path}), or build elsewhere with --outDir`,
	EROFS: () => 'the disk is mounted read-only: build on a writable disk, or with --outDir pointing to one',
	ENOSPC: () => 'the disk is full: free some space (df -h shows how much) and build again',
	EDQUOT: () => 'your disk quota is used up: free some space and build again',
	EBUSY: () => 'another program holds it open (a preview server, an editor): close it and build again',
	ENOTEMPTY: () => 'another program is writing into it (another build?): wait for it and build again',
};

const WHY: Record<string, string> = {
	EACCES: 'permission denied',
	EPERM: 'operation not permitted',
	EROFS: 'read-only file system',
	ENOSPC: 'no space left on the device',
	EDQUOT: 'disk quota exceeded',
	EBUSY: 'the file is busy',
	ENOTEMPTY: 'the folder is not empty',
};

/**
 * A file-system failure as one line for a person: what could not be done, to which path (relative
 * to the site), why, and the fix. Anything else is a fault of the tool and is returned unchanged.
 */
export function fileSystemError(error: unknown, action: string, path: string, root: string): unknown {
	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	if (!code || !FIX[code]) return error;
	const shown = relative(root, path) || '.';
	return new CliError(`Cannot ${action} ${shown}: ${WHY[code]} (${code}). Fix: ${FIX[code]!(shown)}.`);
}

/** Runs a file-system step, turning a failure into one line (see fileSystemError). */
export function fsStep<T>(action: string, path: string, root: string, step: () => T): T {
	try {
		return step();
	} catch (error) {
		throw fileSystemError(error, action, path, root);
	}
}

/** The free space a build of this site needs at least (the built site is a few megabytes; Astro's caches more). */
export const MIN_FREE_BYTES = 64 * 1024 * 1024;

/**
 * Checks, before Astro starts, that the build can write what it writes: the staging folder beside
 * dist/ (created here), and room on its disk. Astro itself reports a full or read-only disk with
 * a bundler's stack trace ("please report this problem"); this says it in one line first.
 */
export function prepareStaging(staging: string, root: string, freeBytes = (path: string) => {
	const stats = statfsSync(path);
	return stats.bavail * stats.bsize;
}): void {
	fsStep('write the build folder', staging, root, () => mkdirSync(staging, { recursive: true }));
	const free = freeBytes(dirname(staging));
	if (free < MIN_FREE_BYTES) {
		rmSync(staging, { recursive: true, force: true });
		throw new CliError(`Cannot build into ${relative(root, dirname(staging)) || '.'}: only ${Math.floor(free / 1024 / 1024)} MB free on its disk (ENOSPC), and a build needs ${MIN_FREE_BYTES / 1024 / 1024} MB. Fix: free some space (df -h shows how much) and build again.`);
	}
}
