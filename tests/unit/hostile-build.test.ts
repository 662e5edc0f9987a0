import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireBuildLock, fileSystemError, LOCK_FILE, MIN_FREE_BYTES, prepareStaging } from '../../packages/starlight-verbatim-citations/src/cli/build-guard.ts';
import { CliError } from '../../packages/starlight-verbatim-citations/src/cli/command.ts';
import { main } from '../../packages/starlight-verbatim-citations/src/cli/main.ts';

/**
 * Issue 22, item 6 (the rest): two builds of one copy at once ended in ENOTEMPTY and a stack
 * trace; an unwritable dist/ or project, or a full disk, ended in stack traces.
 */
let root: string;
// Not every test makes a project: in any order, only a folder that was made is removed.
let made: string | undefined;
afterEach(() => {
	if (made) rmSync(made, { recursive: true, force: true });
	made = undefined;
});
const project = () => (made = root = mkdtempSync(join(tmpdir(), 'hostile-build-')));
const errno = (code: string) => Object.assign(new Error(`${code}: failed, open '/x'`), { code });

describe('two builds of one project at once', () => {
	it('refuses the second with one line naming the other build and the lock file, before Astro starts', async () => {
		project();
		writeFileSync(join(root, 'astro.config.mjs'), 'export default {};\n');
		// A live process that is not this one holds the lock.
		const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
		try {
			writeFileSync(join(root, LOCK_FILE), `${other.pid}\n`);
			const said: string[] = [];
			const code = await main(['build'], root, { out: (t) => said.push(t), err: (t) => said.push(t) });
			expect(code).toBe(1);
			expect(said).toEqual([
				`Another build of this site is running (process ${other.pid}; lock file ${LOCK_FILE}). Two builds at once would overwrite each other's files. Wait for it to finish and build again; if no build is running, delete ${join(root, LOCK_FILE)}.`,
			]);
			expect(readFileSync(join(root, LOCK_FILE), 'utf8')).toBe(`${other.pid}\n`);
		} finally {
			other.kill();
		}
	});

	it('takes over a stale lock (its process is gone), and removes its own on release', () => {
		project();
		writeFileSync(join(root, LOCK_FILE), '2147483646\n');
		const release = acquireBuildLock(root, 4242);
		expect(readFileSync(join(root, LOCK_FILE), 'utf8')).toBe('4242\n');
		release();
		expect(existsSync(join(root, LOCK_FILE))).toBe(false);
	});

	it('releases the lock when the build is refused after taking it (here: Astro is not installed)', async () => {
		project();
		writeFileSync(join(root, 'astro.config.mjs'), 'export default {};\n');
		writeFileSync(join(root, 'package.json'), '{}\n');
		const said: string[] = [];
		expect(await main(['build'], root, { out: (t) => said.push(t), err: (t) => said.push(t) })).toBe(1);
		expect(said.join('\n')).toMatch(/^Astro is not installed/);
		expect(existsSync(join(root, LOCK_FILE))).toBe(false);
	});
});

describe('file-system failures are one line: the path, what is wrong, the fix', () => {
	it.each([
		['EACCES', 'Cannot remove the previous build dist: permission denied (EACCES). Fix: let this user write it (ls -ld dist; e.g. sudo chown -R "$USER" dist), or build elsewhere with --outDir.'],
		['EROFS', 'Cannot remove the previous build dist: read-only file system (EROFS). Fix: the disk is mounted read-only: build on a writable disk, or with --outDir pointing to one.'],
		['ENOSPC', 'Cannot remove the previous build dist: no space left on the device (ENOSPC). Fix: the disk is full: free some space (df -h shows how much) and build again.'],
		['ENOTEMPTY', 'Cannot remove the previous build dist: the folder is not empty (ENOTEMPTY). Fix: another program is writing into it (another build?): wait for it and build again.'],
	])('%s', (code, line) => {
		const error = fileSystemError(errno(code), 'remove the previous build', '/site/dist', '/site');
		expect(error).toBeInstanceOf(CliError);
		expect((error as Error).message).toBe(line);
		expect((error as Error).message).not.toContain('\n');
	});

	it('leaves any other error as it is (a fault of the tool keeps its stack)', () => {
		const error = new TypeError('x is undefined');
		expect(fileSystemError(error, 'remove', '/site/dist', '/site')).toBe(error);
	});

	it('refuses to start a build on a nearly full disk, and removes the staging folder it made', () => {
		project();
		const staging = join(root, '.dist-building-1');
		expect(() => prepareStaging(staging, root, () => MIN_FREE_BYTES - 1)).toThrow(/^Cannot build into \.: only 63 MB free on its disk \(ENOSPC\), and a build needs 64 MB\. Fix: free some space/);
		expect(existsSync(staging)).toBe(false);
		prepareStaging(staging, root, () => MIN_FREE_BYTES);
		expect(existsSync(staging)).toBe(true);
	});
});
