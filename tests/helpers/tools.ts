import { spawnSync } from 'node:child_process';

/**
 * Where a command-line tool is on PATH, or null. Tests of tools from outside the project (Java for
 * the Nu Html Checker, lynx, nginx) use `describe.skipIf(!tool)`, so a machine without them
 * reports those tests as skipped, never as passed, and says which package brings the tool.
 */
export function findTool(command: string, debianPackage: string): string | null {
	const found = spawnSync('sh', ['-c', `command -v "$0"`, command], {
		encoding: 'utf8',
		// nginx is in /usr/sbin, which is not on every user's PATH.
		env: { ...process.env, PATH: `${process.env.PATH ?? ''}:/usr/sbin:/sbin` },
	});
	const path = found.status === 0 ? found.stdout.trim() : '';
	if (path === '') console.warn(`SKIPPED: tests that need ${command} (apt-get install ${debianPackage}); it is missing.`);
	return path === '' ? null : path;
}
